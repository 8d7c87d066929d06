#pragma once

#include <QtGlobal>

#include <vector>

// What one search found, row for row in catalog order: CatalogSearch computes it once per
// keystroke, and the filter proxy, the match line and the terminal only read it.
struct SearchResult
{
    // How well a code matches. Names are the reason phrase, the other names and the summary.
    enum class Match : quint8 { None, Description, Names };

    std::vector<std::vector<Match>> matches; // [class index][code index], as Catalog::classes()
    Match threshold = Match::Names;          // what is shown: Names, or Description and Names
    bool filtering = false;                  // false: the query was empty, everything is shown
    int total = 0;                           // codes in the catalog
    int shown = 0;                           // codes shown
    int hiddenDescriptionMatches = 0;        // matching only in their description, not shown
    // A well-formed code the catalog does not know (431): its fallback is shown instead.
    int unknownCode = 0;
    // The ISDN cause asked for ("cause 17"), or 0.
    int cause = 0;
    // The class asked for on its own ("4xx"), or 0.
    int classDigit = 0;

    bool isShown(std::size_t classIndex, std::size_t codeIndex) const
    {
        return classIndex < matches.size() && codeIndex < matches[classIndex].size()
               && matches[classIndex][codeIndex] >= threshold;
    }
};
