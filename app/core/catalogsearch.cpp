#include "catalogsearch.h"

#include "domain.h"
#include "searchquery.h"
#include "textfold.h"

using namespace Qt::StringLiterals;

CatalogSearch::CatalogSearch(const Catalog &catalog)
    : m_catalog(catalog), m_language(LocalizedText::english().toString())
{
}

void CatalogSearch::setLanguage(const QString &language)
{
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
    index.reserve(m_catalog.classes().size());
    for (const CodeClass &codeClass : m_catalog.classes()) {
        std::vector<FoldedText> texts;
        texts.reserve(codeClass.codes.size());
        for (const SipCode &code : codeClass.codes) {
            const QString names = both(code.name) + u'\n' + code.aliases.join(u'\n') + u'\n' + both(code.summary);
            texts.push_back({TextFold::fold(names), TextFold::fold(both(code.description))});
        }
        index.push_back(std::move(texts));
    }
    return m_indexes.emplace(m_language, std::move(index)).first->second;
}

SearchResult CatalogSearch::search(const QString &text, bool includeDescriptionMatches) const
{
    using Match = SearchResult::Match;
    const SearchQuery query = SearchQuery::parse(text);
    const std::vector<CodeClass> &classes = m_catalog.classes();
    const QList<int> causeTargets = query.cause() != 0 ? m_catalog.q850().causeToResponse.value(query.cause())
                                                       : QList<int>();
    SearchResult result;
    result.filtering = !query.isEmpty();
    result.cause = query.cause();
    result.classDigit = query.classDigit();
    result.matches.resize(classes.size());
    int nameMatches = 0;
    int descriptionMatches = 0;
    const Index *folded = result.filtering && result.cause == 0 ? &index() : nullptr;
    for (std::size_t classIndex = 0; classIndex < classes.size(); ++classIndex) {
        const std::vector<SipCode> &codes = classes[classIndex].codes;
        std::vector<Match> &row = result.matches[classIndex];
        row.reserve(codes.size());
        result.total += int(codes.size());
        for (std::size_t codeIndex = 0; codeIndex < codes.size(); ++codeIndex) {
            Match match = Match::Names;
            if (result.cause != 0) {
                match = causeTargets.contains(codes[codeIndex].code) ? Match::Names : Match::None;
            } else if (folded) {
                const FoldedText &texts = (*folded)[classIndex][codeIndex];
                match = query.match(codes[codeIndex].code, texts.names, texts.description);
            }
            row.push_back(match);
            nameMatches += match == Match::Names;
            descriptionMatches += match == Match::Description;
        }
    }
    // A well-formed code nobody registered: what a UAC treats it as (RFC 3261, 8.1.3.2).
    const int single = query.singleCode();
    if (nameMatches + descriptionMatches == 0 && Domain::isCode(single)
        && !m_catalog.find(single)) {
        result.unknownCode = single;
        const int fallback = Domain::fallbackFor(single);
        for (std::size_t classIndex = 0; classIndex < classes.size(); ++classIndex) {
            for (std::size_t codeIndex = 0; codeIndex < classes[classIndex].codes.size(); ++codeIndex) {
                if (classes[classIndex].codes[codeIndex].code == fallback) {
                    result.matches[classIndex][codeIndex] = Match::Names;
                    ++nameMatches;
                }
            }
        }
    }
    const bool showDescriptionMatches = includeDescriptionMatches || nameMatches == 0;
    result.threshold = showDescriptionMatches ? Match::Description : Match::Names;
    result.shown = nameMatches + (showDescriptionMatches ? descriptionMatches : 0);
    result.hiddenDescriptionMatches = showDescriptionMatches ? 0 : descriptionMatches;
    return result;
}
