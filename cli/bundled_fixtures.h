// The bundled fixture pages, the input of `marketclaims run` when no
// config file is given: the README's first command works on a fresh clone,
// offline. The folder is the source tree's fixtures/ (fixed at build
// time), or $MARKETCLAIMS_FIXTURES when set.
#ifndef MARKETCLAIMS_CLI_BUNDLED_FIXTURES_H_
#define MARKETCLAIMS_CLI_BUNDLED_FIXTURES_H_

#include <string>
#include <vector>

namespace marketclaims {

// The fixtures folder in use.
std::string BundledFixturesDir();

// file:// URLs of every *.html in the folder's pages/ (or in the folder
// itself when it has no pages/), sorted. An error names the folder when it
// is missing or holds no pages.
bool BundledFixtureSeeds(std::vector<std::string>* urls, std::string* error);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_BUNDLED_FIXTURES_H_
