#pragma once

#include "core/diagnostics.h"
#include "markdown/markdown.h"

namespace clustersite {

/// Refuses Markdown on which cmark-gfm 0.29 (Debian 12's 0.29.0.gfm.6,
/// without the 2023 fixes) takes time or writes HTML growing faster than the
/// text: unclosed `![` before links, paragraphs with tens of thousands of
/// emphasis markers, unclosed `<?`, `<![CDATA[` or `<!X` before long text,
/// web addresses (`www.`, `://`) running into each other, lines with tens of thousands of
/// `@` (e-mail autolink candidates), lists and block quotes nested
/// over 32 deep, tables of over 100,000 cells or rows over 256 columns, and
/// link reference definitions whose uses would expand to over 16 MB.
///
/// One pass over the text, before the parser sees it. Each count is taken
/// over the text as written, so it is never below what the parser meets (a
/// bracket in a code span counts too); every limit lies far above real
/// text. Every kind of problem is an error at the place its run starts.
/// Returns true when the document may be parsed.
bool CheckMarkdownShape(const MarkdownSource& src, Diagnostics* diag);

}  // namespace clustersite
