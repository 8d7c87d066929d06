#pragma once

#include "catalog.h"
#include "searchquery.h"
#include "searchresult.h"

#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

// The one search of the app, for the window and the terminal alike: text in, a SearchResult out.
// It reads the query (SearchQuery), matches every entry of every registry against texts folded
// once per language, treats an unregistered code as RFC 3261 section 8.1.3.2 says, and shows
// with a Q.850 cause the responses RFC 3398 turns it into. The catalog must outlive it.
class CatalogSearch final
{
public:
    explicit CatalogSearch(const Catalog &catalog);

    // Search reads English in every language, and the texts of `language` besides. Each
    // language's texts are folded on first use and kept.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // `includeDescriptionMatches`: show codes that mention the words only in their description
    // even when others match by name (otherwise they are counted, not shown).
    SearchResult search(const QString &text, bool includeDescriptionMatches = false) const;

private:
    struct FoldedText
    {
        QString names;       // reason phrase or name, other names and summary
        QString description;
    };
    // Per registry, [class index][entry index], as SearchResult::matches.
    using Index = std::array<std::vector<std::vector<FoldedText>>, EntryKindCount>;

    const Index &index() const;
    // Marks what a pasted line names; false when it names nothing the catalog holds.
    void markNamed(const QList<EntryKey> &named, SearchResult &result) const;

    // The last search of words, and what each entry made of it: a query typed further looks
    // again only at the entries that matched it.
    struct Earlier
    {
        SearchQuery query;
        std::array<SearchResult::Matches, EntryKindCount> matches;
    };

    const Catalog &m_catalog;
    QString m_language;
    mutable std::map<QString, Index> m_indexes;
    mutable std::optional<Earlier> m_earlier; // in m_language
};
