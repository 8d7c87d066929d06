#include "catalogsearch.h"

#include "domain.h"
#include "searchquery.h"
#include "textfold.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Match = SearchResult::Match;

// Calls `visit(kind, classIndex, entryIndex, code, entry)` for every entry, in registry order.
template <typename Visit>
void forEachEntry(const Catalog &catalog, Visit visit)
{
    const std::vector<CodeClass> &classes = catalog.classes();
    for (std::size_t c = 0; c < classes.size(); ++c) {
        for (std::size_t e = 0; e < classes[c].codes.size(); ++e)
            visit(EntryKind::Response, c, e, classes[c].codes[e].code, static_cast<const CatalogEntry &>(classes[c].codes[e]));
    }
    for (const Vocabulary *vocabulary : {&catalog.warnings(), &catalog.causes()}) {
        for (std::size_t c = 0; c < vocabulary->classes.size(); ++c) {
            const auto &entries = vocabulary->classes[c].entries;
            for (std::size_t e = 0; e < entries.size(); ++e)
                visit(vocabulary->kind, c, e, entries[e].code, static_cast<const CatalogEntry &>(entries[e]));
        }
    }
}

std::size_t classCount(const Catalog &catalog, EntryKind kind)
{
    return kind == EntryKind::Response ? catalog.classes().size() : catalog.vocabulary(kind)->classes.size();
}

std::size_t entryCount(const Catalog &catalog, EntryKind kind, std::size_t classIndex)
{
    return kind == EntryKind::Response ? catalog.classes()[classIndex].codes.size()
                                       : catalog.vocabulary(kind)->classes[classIndex].entries.size();
}

} // namespace

CatalogSearch::CatalogSearch(const Catalog &catalog)
    : m_catalog(catalog), m_language(LocalizedText::english().toString())
{
}

void CatalogSearch::setLanguage(const QString &language)
{
    if (language != m_language)
        m_earlier.reset(); // matched against another language's texts
    m_language = language;
}

const CatalogSearch::Index &CatalogSearch::index() const
{
    // Folding is the costly part of a language switch: each language is folded once.
    if (const auto cached = m_indexes.find(m_language); cached != m_indexes.end())
        return cached->second;
    const bool english = m_language == LocalizedText::english();
    const auto both = [&](const LocalizedText &text) {
        return english ? text.englishText() : text.englishText() + u'\n' + text.text(m_language);
    };
    Index index;
    for (int kind = 0; kind < EntryKindCount; ++kind)
        index[std::size_t(kind)].resize(classCount(m_catalog, EntryKind(kind)));
    forEachEntry(m_catalog, [&](EntryKind kind, std::size_t classIndex, std::size_t, int, const CatalogEntry &entry) {
        QString names = both(entry.name) + u'\n' + both(entry.summary);
        if (kind == EntryKind::Response) {
            names += u'\n' + static_cast<const SipCode &>(entry).aliases.join(u'\n');
        } else {
            for (const PbxName &name : static_cast<const VocabularyEntry &>(entry).pbxNames)
                names += u'\n' + name.name + u'\n' + name.shortName;
        }
        index[std::size_t(kind)][classIndex].push_back({TextFold::fold(names), TextFold::fold(both(entry.description))});
    });
    return m_indexes.emplace(m_language, std::move(index)).first->second;
}

void CatalogSearch::markNamed(const QList<EntryKey> &named, SearchResult &result) const
{
    const auto mark = [&](const EntryKey &key) {
        bool found = false;
        forEachEntry(m_catalog, [&](EntryKind kind, std::size_t c, std::size_t e, int code, const CatalogEntry &) {
            if (kind == key.kind && code == key.code) {
                result.matches[std::size_t(kind)][c][e] = Match::Names;
                found = true;
            }
        });
        return found;
    };
    const CauseMappings &mappings = m_catalog.mappings();
    for (const EntryKey &key : named) {
        EntryKey shown = key;
        if (key.kind == EntryKind::Response && !m_catalog.find(key.code) && Domain::isCode(key.code)) {
            // A well-formed code nobody registered: what a UAC treats it as (RFC 3261, 8.1.3.2).
            result.unknownCode = result.unknownCode ? result.unknownCode : key.code;
            shown = {EntryKind::Response, Domain::fallbackFor(key.code)};
        }
        if (!mark(shown)) {
            result.missing.append(key);
            continue;
        }
        if (!result.focus)
            result.focus = shown;
        // A cause comes with the responses the standard turns it into.
        if (key.kind == EntryKind::Cause && !mappings.isEmpty()) {
            const QString standard = mappings.standard();
            for (const CauseMappings::Row &row : mappings.rowsFrom(standard, CauseMappings::Direction::CauseToSip, key.code))
                mark({EntryKind::Response, row.sip});
        }
    }
}

SearchResult CatalogSearch::search(const QString &text, bool includeDescriptionMatches) const
{
    const SearchQuery query = SearchQuery::parse(text);
    SearchResult result;
    result.filtering = !query.isEmpty();
    result.classDigit = query.classDigit();
    result.reasons = query.reasons();
    result.warnings = query.warnings();
    for (int kind = 0; kind < EntryKindCount; ++kind)
        result.matches[std::size_t(kind)].resize(classCount(m_catalog, EntryKind(kind)));

    QList<EntryKey> named = query.named();
    // "Received 486 Busy Here" names 486 only where the registered phrase follows the code.
    if (const SipCode *code = m_catalog.find(query.unconfirmedCode())) {
        const QString phrase = TextFold::fold(code->name.englishText());
        if (query.unconfirmedRest().startsWith(phrase.section(u' ', 0, 0)))
            named.append({EntryKind::Response, code->code});
    }
    const bool line = query.isLine() || !named.isEmpty();
    result.filtering = result.filtering || line;
    const Index *folded = result.filtering && !line ? &index() : nullptr;
    int nameMatches = 0;
    int descriptionMatches = 0;
    for (int kind = 0; kind < EntryKindCount; ++kind) {
        for (std::size_t c = 0; c < result.matches[std::size_t(kind)].size(); ++c)
            result.matches[std::size_t(kind)][c].reserve(entryCount(m_catalog, EntryKind(kind), c));
    }
    // Typing goes on one letter at a time: what the query before this one did not match, this
    // one cannot match either.
    const auto *earlier = folded && m_earlier && query.narrows(m_earlier->query) ? &m_earlier->matches : nullptr;
    forEachEntry(m_catalog, [&](EntryKind kind, std::size_t c, std::size_t e, int code, const CatalogEntry &) {
        Match match = result.filtering ? Match::None : Match::Names;
        if (folded && (!earlier || (*earlier)[std::size_t(kind)][c][e] != Match::None)) {
            const FoldedText &texts = (*folded)[std::size_t(kind)][c][e];
            match = query.match(kind, code, texts.names, texts.description);
        }
        result.matches[std::size_t(kind)][c].push_back(match);
        nameMatches += match == Match::Names;
        descriptionMatches += match == Match::Description;
    });
    if (folded)
        m_earlier = Earlier{query, result.matches};
    result.total = int(m_catalog.codeCount() + m_catalog.warnings().entryCount() + m_catalog.causes().entryCount());
    if (line) {
        markNamed(named, result);
        nameMatches = 0; // counted again: the line's entries are all that is shown
        for (const SearchResult::Matches &ofKind : result.matches) {
            for (const std::vector<Match> &ofClass : ofKind)
                nameMatches += int(std::count(ofClass.cbegin(), ofClass.cend(), Match::Names));
        }
    } else if (query.words().size() == 1 && query.codePrefixes().isEmpty()) {
        // A PBX identifier typed or pasted alone ("USER_BUSY", "AST_CAUSE_BUSY") names its cause.
        if (const VocabularyEntry *cause = m_catalog.findCauseByPbxName(query.words().first()))
            result.focus = EntryKey{EntryKind::Cause, cause->code};
    }
    // A well-formed code nobody registered, typed alone: what a UAC treats it as.
    const int single = query.singleCode();
    if (!line && nameMatches + descriptionMatches == 0 && Domain::isCode(single) && !m_catalog.find(single)) {
        markNamed({{EntryKind::Response, single}}, result);
        nameMatches += result.focus ? 1 : 0;
    }
    const bool showDescriptionMatches = includeDescriptionMatches || nameMatches == 0;
    result.threshold = showDescriptionMatches ? Match::Description : Match::Names;
    result.shown = nameMatches + (showDescriptionMatches ? descriptionMatches : 0);
    result.hiddenDescriptionMatches = showDescriptionMatches ? 0 : descriptionMatches;
    return result;
}
