# Writes the licence of the default body next to it, at build time, from the
# copyright file of the Debian package the body comes from. Run with cmake -P:
#   -DCOPYRIGHT=<debian copyright file> -DBODY_SOURCE=<original body path>
#   -DBODY_NAME=<name in the data folder> -DOUTPUT=<licence file to write>
# A machine-readable Debian copyright file (DEP-5) gives the stanza that
# covers the package's files ("Files: *") and the licence text it names;
# any other file is taken as the licence text itself and copied whole.
file(READ "${COPYRIGHT}" text)
string(PREPEND text "\n")

if(NOT text MATCHES "^\nFormat: ")
  file(WRITE "${OUTPUT}" "${text}")
  return()
endif()

# "Files: *" and its Copyright and License fields, up to the blank line.
string(REGEX MATCH "\nFiles: \\*\n[^\n]+(\n[^\n]+)*" files_stanza "${text}")
if(NOT files_stanza MATCHES "\nLicense: ([^\n]+)")
  message(FATAL_ERROR "${COPYRIGHT} has no 'Files: *' stanza with a License field; "
    "pass -DDERMAVIEW_DEFAULT_BODY_LICENSE=<a plain text licence file> to CMake instead")
endif()
set(license_name "${CMAKE_MATCH_1}")

# The stand-alone paragraph that holds that licence's text: its first line
# names it, the text follows on lines indented by one space.
string(REGEX MATCH "\nLicense: ${license_name}\n [^\n]*(\n [^\n]*)*" license_text "${text}")
if(NOT license_text)
  message(FATAL_ERROR "${COPYRIGHT} does not carry the text of the '${license_name}' licence")
endif()

string(STRIP "${files_stanza}" files_stanza)
string(STRIP "${license_text}" license_text)
file(WRITE "${OUTPUT}"
"${BODY_NAME}: the MakeHuman base mesh, as Debian's assimp-testmodels
package ships it at ${BODY_SOURCE}.
Its terms, from that package's copyright file (${COPYRIGHT}):

${files_stanza}

${license_text}
")
