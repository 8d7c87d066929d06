#pragma once

#include "searchquery.h"

#include <QSortFilterProxyModel>

#include <vector>

// Filters the code tree by a search query. Class rows stay above their matching codes through
// recursive filtering. When some codes match by name (reason phrase, other names, summary), only
// those are shown, and codes that mention the words only in their description are counted as
// further matches the user can ask for; when none match by name, the description matches show.
// Its source is a CodeModel; with any other model it shows nothing.
class CodeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFilterProxy)

public:
    explicit CodeFilterProxy(QObject *parent = nullptr);
    ~CodeFilterProxy() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setQueryText(const QString &text);
    QString queryText() const { return m_queryText; }
    bool isFiltering() const { return !m_query.isEmpty(); }

    // Show codes that match only in their description even when others match by name.
    void setIncludeDescriptionMatches(bool include);
    bool includeDescriptionMatches() const { return m_includeDescriptionMatches; }

    int matchCount() const { return m_matchCount; }
    int totalCount() const { return m_totalCount; }
    // Codes left out because they match only in their description (see above).
    int hiddenDescriptionMatchCount() const { return m_hiddenDescriptionMatches; }

    // A well-formed code the catalog does not know (431): the proxy then shows the code a UAC
    // treats it as (Catalog::fallbackFor()). 0 otherwise.
    int unknownCode() const { return m_unknownCode; }
    // The ISDN cause searched for, or 0.
    int cause() const { return m_query.cause(); }
    // The class the query names on its own ("4xx"), or 0.
    int classDigit() const { return m_query.classDigit(); }

    // The first code row in view order, or an invalid index when nothing matches.
    QModelIndex firstMatch() const;

    // Source rows for a copy or a drag of `indexes`: a class row brings its visible codes.
    QModelIndexList sourceRowsForCopy(const QModelIndexList &indexes) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

signals:
    void matchesChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_queryText;
    SearchQuery m_query;
    bool m_includeDescriptionMatches = false;
    std::vector<std::vector<SearchQuery::Match>> m_matches; // [class row][code row]
    SearchQuery::Match m_threshold = SearchQuery::Match::Names;
    int m_matchCount = 0;
    int m_totalCount = 0;
    int m_hiddenDescriptionMatches = 0;
    int m_unknownCode = 0;
};
