#include "codemodel.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// internalId() of a class row; a code row stores its class row + 1.
constexpr quintptr ClassRowId = 0;
} // namespace

CodeModel::CodeModel(const Catalog *catalog, QObject *parent)
    : QAbstractItemModel(parent), m_catalog(catalog), m_language(LocalizedText::english().toString())
{
}

CodeModel::~CodeModel() = default;

void CodeModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    announceAllChanged();
}

void CodeModel::retranslate()
{
    announceAllChanged();
}

void CodeModel::announceAllChanged()
{
    // dataChanged rather than a reset, so that views keep their selection, expansion and scroll.
    const int classes = rowCount();
    if (classes > 0) {
        emit dataChanged(index(0, 0), index(classes - 1, ColumnCount - 1));
        for (int row = 0; row < classes; ++row) {
            const QModelIndex parent = index(row, 0);
            if (const int codes = rowCount(parent); codes > 0)
                emit dataChanged(index(0, 0, parent), index(codes - 1, ColumnCount - 1, parent));
        }
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const CodeClass *CodeModel::classAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    const std::size_t row = id == ClassRowId ? std::size_t(index.row()) : std::size_t(id - 1);
    return row < m_catalog->classes().size() ? &m_catalog->classes()[row] : nullptr;
}

const SipCode *CodeModel::codeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == ClassRowId)
        return nullptr;
    const CodeClass *codeClass = classAt(index);
    if (!codeClass || std::size_t(index.row()) >= codeClass->codes.size())
        return nullptr;
    return &codeClass->codes[std::size_t(index.row())];
}

QModelIndex CodeModel::indexOfCode(int code, int column) const
{
    const auto &classes = m_catalog->classes();
    for (std::size_t classRow = 0; classRow < classes.size(); ++classRow) {
        if (classes[classRow].digit != code / 100)
            continue;
        const auto &codes = classes[classRow].codes;
        for (std::size_t codeRow = 0; codeRow < codes.size(); ++codeRow) {
            if (codes[codeRow].code == code)
                return createIndex(int(codeRow), column, quintptr(classRow + 1));
        }
    }
    return {};
}

QModelIndex CodeModel::indexOfClass(int digit) const
{
    const auto &classes = m_catalog->classes();
    for (std::size_t classRow = 0; classRow < classes.size(); ++classRow) {
        if (classes[classRow].digit == digit)
            return createIndex(int(classRow), 0, ClassRowId);
    }
    return {};
}

QModelIndex CodeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, ClassRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CodeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ClassRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ClassRowId);
}

int CodeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_catalog->classes().size());
    Q_ASSERT(checkIndex(parent, CheckIndexOption::DoNotUseParent));
    if (parent.column() != 0 || parent.internalId() != ClassRowId)
        return 0;
    return int(m_catalog->classes()[std::size_t(parent.row())].codes.size());
}

int CodeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent));
    if (const SipCode *code = codeAt(index))
        return codeData(*code, index.column(), role);
    if (const CodeClass *codeClass = classAt(index))
        return classData(*codeClass, index.column(), role);
    return {};
}

QVariant CodeModel::classData(const CodeClass &codeClass, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return codeClass.label();
        case ReasonColumn: return codeClass.name.text(m_language);
        case SummaryColumn: return countText(int(codeClass.codes.size()));
        }
        break;
    case Qt::ToolTipRole: return codeClass.summary.text(m_language);
    case CodeRole: return 0;
    case RegisteredRole: return true;
    }
    return {};
}

QVariant CodeModel::codeData(const SipCode &code, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return code.code;
        case ReasonColumn: return code.name.text(m_language);
        case SummaryColumn: return code.summary.text(m_language);
        }
        break;
    case Qt::ToolTipRole:
        if (code.status == CodeStatus::Deprecated)
            return tr("Deprecated: %1").arg(code.summary.text(m_language));
        if (code.status == CodeStatus::Unregistered)
            return tr("Not registered with IANA: %1").arg(code.summary.text(m_language));
        return code.summary.text(m_language);
    case CodeRole: return code.code;
    case RegisteredRole: return code.status == CodeStatus::Registered;
    }
    return {};
}

QString CodeModel::countText(int total, int shown)
{
    return shown < 0 ? tr("%n code(s)", nullptr, total) : tr("%1 of %n code(s)", nullptr, total).arg(shown);
}

QVariant CodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Code");
    case ReasonColumn: return tr("Reason phrase");
    case SummaryColumn: return tr("Summary");
    }
    return {};
}

Qt::ItemFlags CodeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent));
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.internalId() != ClassRowId)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> CodeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(RegisteredRole, "registered");
    return names;
}

QList<TicketFormatter::Entry> CodeModel::entriesFor(const QModelIndexList &indexes) const
{
    QList<TicketFormatter::Entry> entries;
    for (const QModelIndex &index : indexes) {
        const CodeClass *codeClass = classAt(index);
        if (!codeClass)
            continue;
        const TicketFormatter::Entry entry{codeClass, codeAt(index)};
        const bool seen = std::any_of(entries.cbegin(), entries.cend(), [&](const auto &other) {
            return other.codeClass == entry.codeClass && other.code == entry.code;
        });
        if (!seen)
            entries.append(entry);
    }
    const auto key = [](const TicketFormatter::Entry &entry) {
        return std::pair(entry.codeClass->digit, entry.code ? entry.code->code : 0);
    };
    std::sort(entries.begin(), entries.end(), [&](const auto &a, const auto &b) { return key(a) < key(b); });
    return entries;
}

QStringList CodeModel::mimeTypes() const
{
    return {u"text/plain"_s, u"text/html"_s};
}

QMimeData *CodeModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<TicketFormatter::Entry> entries = entriesFor(indexes);
    if (entries.isEmpty())
        return nullptr;
    // The view takes ownership of what this returns.
    return TicketFormatter::mimeData(entries, m_language).release();
}
