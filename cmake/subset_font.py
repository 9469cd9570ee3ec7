"""Subsets a TrueType font for the welcome kit and writes it as WOFF2.

usage: subset_font.py SOURCE.ttf OUTPUT.woff2 UNICODES STYLE

The subset is a modified version of the font, so under the SIL Open Font
License it must not carry the font's Reserved Font Name: it is renamed
"Kit Sans". The copyright and licence records (name IDs 0, 13, 14) are kept,
and so is the source font's modification date: fontTools would otherwise
write the time of the build into the `head` table, and every build of the
binary would embed other font bytes.
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

source, output, unicodes, style = sys.argv[1:5]
font = TTFont(source, recalcTimestamp=False)
options = subset.Options()
options.flavor = "woff2"
options.hinting = False
options.desubroutinize = True
options.layout_features = ["kern", "liga"]
options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
subsetter.subset(font)

family = "Kit Sans"
postscript = "KitSans-" + style
for record in font["name"].names:
    if record.nameID in (1, 16):
        record.string = family
    elif record.nameID == 4:
        record.string = family + ("" if style == "Regular" else " " + style)
    elif record.nameID == 3:
        record.string = postscript + " (subset of " + source.rsplit("/", 1)[-1] + ")"
    elif record.nameID == 6:
        record.string = postscript
font.flavor = "woff2"
font.save(output)
