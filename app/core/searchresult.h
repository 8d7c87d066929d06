#pragma once

#include "entrykey.h"
#include "headerfields.h"

#include <QList>
#include <QtGlobal>

#include <array>
#include <optional>
#include <vector>

// What one search found, entry for entry in catalog order: CatalogSearch computes it once per
// keystroke, and the filter proxy, the match line and the terminal only read it.
struct SearchResult
{
    // How well an entry matches. Names are the reason phrase or name, the other names (PBX
    // identifiers among them) and the summary.
    enum class Match : quint8 { None, Description, Names };
    using Matches = std::vector<std::vector<Match>>; // [class index][entry index]

    // Per registry, in EntryKind order: responses as Catalog::classes(), the others as their
    // Vocabulary::classes.
    std::array<Matches, EntryKindCount> matches;
    Match threshold = Match::Names;   // what is shown: Names, or Description and Names
    bool filtering = false;           // false: the query was empty, everything is shown
    int total = 0;                    // entries in the catalog
    int shown = 0;                    // entries shown
    int hiddenDescriptionMatches = 0; // matching only in their description, not shown
    // A well-formed code the catalog does not know (431): its fallback is shown instead.
    int unknownCode = 0;
    // The class asked for on its own ("4xx"), or 0.
    int classDigit = 0;
    // The entry the query names outright (a pasted line, a PBX identifier): the one to select.
    std::optional<EntryKey> focus;
    // The entries a pasted line names that the catalog does not hold (an unknown warn-code).
    QList<EntryKey> missing;
    // A pasted Reason or Warning header's values, as written, for the match line to decode.
    QList<ReasonValue> reasons;
    QList<WarningValue> warnings;

    bool isShown(EntryKind kind, std::size_t classIndex, std::size_t entryIndex) const
    {
        const Matches &of = matches[std::size_t(kind)];
        return classIndex < of.size() && entryIndex < of[classIndex].size() && of[classIndex][entryIndex] >= threshold;
    }
    // A response code.
    bool isShown(std::size_t classIndex, std::size_t codeIndex) const
    {
        return isShown(EntryKind::Response, classIndex, codeIndex);
    }
};
