#pragma once

#include "catalog.h"
#include "ticketformatter.h"

#include <QAbstractItemModel>

#include <map>
#include <vector>

// The catalog as a two-level tree: one row per class (1xx to 6xx), one child row per code.
class CodeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeModel)

public:
    enum Column { CodeColumn, ReasonColumn, SummaryColumn, ColumnCount };

    enum Role {
        CodeRole = Qt::UserRole + 1, // int: the code, or 0 on a class row
        ClassDigitRole,              // int: 1 to 6
        IsClassRole,                 // bool
        NameSearchRole,              // QString: folded reason phrase, other names and summary
        DescriptionSearchRole,       // QString: folded description
    };

    explicit CodeModel(QObject *parent = nullptr);
    ~CodeModel() override;

    void setCatalog(Catalog catalog);
    const Catalog &catalog() const { return m_catalog; }

    // Language of the texts the model serves; search also reads English in any language.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    const SipCode *codeAt(const QModelIndex &index) const;
    const CodeClass *classAt(const QModelIndex &index) const;
    QModelIndex indexOfCode(int code, int column = CodeColumn) const;
    QModelIndex indexOfClass(int digit) const;

    // The rows behind `indexes` as ticket entries: one per row, in catalog order, a class
    // before its codes.
    QList<TicketFormatter::Entry> entriesFor(const QModelIndexList &indexes) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Dragging rows out drops the same ticket text as a copy.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    // Re-reads translated header labels and class texts after the application language changed.
    void retranslate();

    // The folded texts search reads (the same as NameSearchRole and DescriptionSearchRole),
    // for the filter's hot loop, which would otherwise build a QVariant per row and role.
    struct SearchText
    {
        QString names;
        QString description;
    };
    const SearchText &searchText(int classRow, int codeRow) const
    {
        return m_searchText[std::size_t(classRow)][std::size_t(codeRow)];
    }

signals:
    // The texts search reads have changed (the language switched); rows stayed the same.
    void searchTextChanged();

private:
    QVariant classData(const CodeClass &codeClass, int column, int role) const;
    QVariant codeData(const SipCode &code, const QModelIndex &index, int role) const;
    void rebuildSearchText();
    void announceAllChanged();

    Catalog m_catalog;
    QString m_language;
    std::vector<std::vector<SearchText>> m_searchText; // [class row][code row]
    std::map<QString, std::vector<std::vector<SearchText>>> m_searchTextByLanguage;
};
