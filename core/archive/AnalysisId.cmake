# Writes OUT, a header naming the analysis code: the SHA-256 of every source file of
# the layers that read, reflow and match pages (listed one per line in LIST). An
# archive index made by other sources is read again, never trusted.
file(STRINGS "${LIST}" files)
set(all "")
foreach(f IN LISTS files)
  file(SHA256 "${f}" h)
  string(APPEND all "${h}")
endforeach()
string(SHA256 id "${all}")
file(WRITE "${OUT}.new" "#pragma once\n#define JIAOKAN_ANALYSIS_ID \"${id}\"\n")
file(COPY_FILE "${OUT}.new" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.new")
