# Subsets the welcome kit's font at build time: sets KIT_FONT_DIR (the folder
# of the WOFF2 files) and KIT_FONT_FILES (the files, for DEPENDS).

# Debian's interpreter first: fontTools comes from python3-fonttools.
find_program(KIT_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT KIT_PYTHON)
  find_program(KIT_PYTHON python3 REQUIRED)
endif()
execute_process(COMMAND ${KIT_PYTHON} -c "import fontTools.subset, brotli"
                RESULT_VARIABLE kit_fonttools_missing OUTPUT_QUIET ERROR_QUIET)
if(kit_fonttools_missing)
  message(FATAL_ERROR "${KIT_PYTHON} cannot import fontTools and brotli: "
                      "install the Debian packages python3-fonttools and python3-brotli")
endif()

set(KIT_FONT_SOURCE_DIR /usr/share/fonts/truetype/liberation2)
set(KIT_FONT_DIR ${CMAKE_BINARY_DIR}/generated/fonts)
# Latin, Latin-1, Latin Extended-A (Latvian, Lithuanian, Estonian, Polish …),
# Romanian comma letters, spacing accents, punctuation, super- and subscripts,
# euro, numero, trade mark, arrows, minus, the squares a printed task list
# draws its boxes with, and the bullets of nested lists (◦, ▪).
set(KIT_UNICODES "U+0020-007E,U+00A0-017F,U+0218-021B,U+02C6-02DD,U+2010-2027,U+2030-203A,U+2070-209F,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+25A0-25A1,U+25AA,U+25E6")
set(KIT_FONT_FILES "")
foreach(style Regular Bold Italic)
  find_file(KIT_FONT_${style} LiberationSans-${style}.ttf PATHS ${KIT_FONT_SOURCE_DIR}
            NO_DEFAULT_PATH)
  if(NOT KIT_FONT_${style})
    message(FATAL_ERROR "LiberationSans-${style}.ttf not found in ${KIT_FONT_SOURCE_DIR}: "
                        "install the Debian package fonts-liberation2")
  endif()
  string(TOLOWER ${style} lower)
  set(out ${KIT_FONT_DIR}/kit-${lower}.woff2)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${KIT_FONT_DIR}
    COMMAND ${KIT_PYTHON} ${CMAKE_SOURCE_DIR}/cmake/subset_font.py ${KIT_FONT_${style}} ${out}
            ${KIT_UNICODES} ${style}
    DEPENDS ${KIT_FONT_${style}} ${CMAKE_SOURCE_DIR}/cmake/subset_font.py
    COMMENT "Subsetting LiberationSans-${style} for the welcome kit")
  list(APPEND KIT_FONT_FILES ${out})
endforeach()
