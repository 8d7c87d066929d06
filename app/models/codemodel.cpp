#include "codemodel.h"

#include "core/codesheet.h"

#include <QMimeData>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {
// internalId() of a top-level row is 0; a row under top-level row t stores t + 1; a row under
// the class c of the registry at top-level row t stores EntryBase + t * ClassLimit + c.
constexpr quintptr TopRowId = 0;
constexpr quintptr EntryBase = quintptr(1) << 20;
constexpr quintptr ClassLimit = 1024;
} // namespace

CodeModel::CodeModel(const Catalog *catalog, QObject *parent)
    : QAbstractItemModel(parent), m_catalog(catalog), m_language(LocalizedText::english().toString())
{
    for (const EntryKind kind : {EntryKind::Warning, EntryKind::Cause}) {
        if (!m_catalog->vocabulary(kind)->isEmpty())
            m_registries.push_back(kind);
    }
}

CodeModel::~CodeModel() = default;

void CodeModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    announceChanged({});
}

void CodeModel::retranslate()
{
    // A language switch installs the translators, then sets the language: announced once.
    if (textsKey() != m_announced)
        announceChanged({});
}

QString CodeModel::textsKey() const
{
    return m_language + u'/' + tr("Code");
}

void CodeModel::announceChanged(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_announced = textsKey();
    // dataChanged rather than a reset, so that views keep their selection, expansion and scroll.
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (nodeAt(child).level != Node::Level::Entry)
            announceChanged(child);
    }
    if (!parent.isValid())
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CodeModel::registryRow(EntryKind kind) const
{
    const auto found = std::find(m_registries.cbegin(), m_registries.cend(), kind);
    return found == m_registries.cend() ? -1 : int(m_catalog->classes().size()) + int(found - m_registries.cbegin());
}

CodeModel::Node CodeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const int classRows = int(m_catalog->classes().size());
    const quintptr id = index.internalId();
    if (id == TopRowId) {
        if (index.row() < classRows)
            return {Node::Level::Class, EntryKind::Response, index.row(), -1};
        return {Node::Level::Registry, m_registries.at(std::size_t(index.row() - classRows)), -1, -1};
    }
    if (id < EntryBase) {
        const int top = int(id - 1);
        if (top < classRows)
            return {Node::Level::Entry, EntryKind::Response, top, index.row()};
        return {Node::Level::Class, m_registries.at(std::size_t(top - classRows)), index.row(), -1};
    }
    const int top = int((id - EntryBase) / ClassLimit);
    return {Node::Level::Entry, m_registries.at(std::size_t(top - classRows)), int((id - EntryBase) % ClassLimit),
            index.row()};
}

CodeModel::Node CodeModel::childNode(int row, const QModelIndex &parent) const
{
    if (!parent.isValid())
        return nodeAt(createIndex(row, 0, TopRowId));
    const Node above = nodeAt(parent);
    switch (above.level) {
    case Node::Level::Registry: return {Node::Level::Class, above.kind, row, -1};
    case Node::Level::Class: return {Node::Level::Entry, above.kind, above.classIndex, row};
    case Node::Level::Entry:
    case Node::Level::None: break;
    }
    return {};
}

const CodeClass *CodeModel::classAt(const QModelIndex &index) const
{
    const Node node = nodeAt(index);
    if (node.kind != EntryKind::Response || node.classIndex < 0 || std::size_t(node.classIndex) >= m_catalog->classes().size())
        return nullptr;
    return &m_catalog->classes()[std::size_t(node.classIndex)];
}

const SipCode *CodeModel::codeAt(const QModelIndex &index) const
{
    const Node node = nodeAt(index);
    const CodeClass *codeClass = node.level == Node::Level::Entry ? classAt(index) : nullptr;
    if (!codeClass || std::size_t(node.entryIndex) >= codeClass->codes.size())
        return nullptr;
    return &codeClass->codes[std::size_t(node.entryIndex)];
}

const VocabularyClass *CodeModel::vocabularyClassAt(const QModelIndex &index) const
{
    const Node node = nodeAt(index);
    if (node.kind == EntryKind::Response || node.classIndex < 0)
        return nullptr;
    const auto &classes = m_catalog->vocabulary(node.kind)->classes;
    return std::size_t(node.classIndex) < classes.size() ? &classes[std::size_t(node.classIndex)] : nullptr;
}

const VocabularyEntry *CodeModel::vocabularyEntryAt(const QModelIndex &index) const
{
    const Node node = nodeAt(index);
    const VocabularyClass *group = node.level == Node::Level::Entry ? vocabularyClassAt(index) : nullptr;
    if (!group || std::size_t(node.entryIndex) >= group->entries.size())
        return nullptr;
    return &group->entries[std::size_t(node.entryIndex)];
}

std::optional<EntryKey> CodeModel::keyAt(const QModelIndex &index) const
{
    if (const SipCode *code = codeAt(index))
        return EntryKey{EntryKind::Response, code->code};
    if (const VocabularyEntry *entry = vocabularyEntryAt(index))
        return EntryKey{nodeAt(index).kind, entry->code};
    return std::nullopt;
}

QModelIndex CodeModel::indexOf(const EntryKey &key, int column) const
{
    if (key.kind == EntryKind::Response) {
        const auto &classes = m_catalog->classes();
        for (std::size_t classRow = 0; classRow < classes.size(); ++classRow) {
            if (classes[classRow].digit != key.code / 100)
                continue;
            const auto &codes = classes[classRow].codes;
            for (std::size_t codeRow = 0; codeRow < codes.size(); ++codeRow) {
                if (codes[codeRow].code == key.code)
                    return createIndex(int(codeRow), column, quintptr(classRow + 1));
            }
        }
        return {};
    }
    const int top = registryRow(key.kind);
    if (top < 0)
        return {};
    const auto &classes = m_catalog->vocabulary(key.kind)->classes;
    for (std::size_t classRow = 0; classRow < classes.size(); ++classRow) {
        const auto &entries = classes[classRow].entries;
        for (std::size_t row = 0; row < entries.size(); ++row) {
            if (entries[row].code == key.code)
                return createIndex(int(row), column, EntryBase + quintptr(top) * ClassLimit + classRow);
        }
    }
    return {};
}

QModelIndex CodeModel::indexOfClass(int digit) const
{
    const auto &classes = m_catalog->classes();
    for (std::size_t classRow = 0; classRow < classes.size(); ++classRow) {
        if (classes[classRow].digit == digit)
            return createIndex(int(classRow), 0, TopRowId);
    }
    return {};
}

QModelIndex CodeModel::indexOfRegistry(EntryKind kind) const
{
    const int row = registryRow(kind);
    return row < 0 ? QModelIndex() : createIndex(row, 0, TopRowId);
}

QModelIndex CodeModel::index(int row, int column, const QModelIndex &parent) const
{
    // hasIndex(), without its two virtual calls: the proxy asks for every row at every keystroke.
    if (row < 0 || column < 0 || column >= ColumnCount || row >= CodeModel::rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopRowId);
    if (parent.internalId() == TopRowId)
        return createIndex(row, column, quintptr(parent.row()) + 1);
    // A class row of a registry: its parent is the registry's top-level row.
    return createIndex(row, column, EntryBase + (parent.internalId() - 1) * ClassLimit + quintptr(parent.row()));
}

QModelIndex CodeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopRowId)
        return {};
    const quintptr id = child.internalId();
    if (id < EntryBase)
        return createIndex(int(id - 1), 0, TopRowId);
    const quintptr top = (id - EntryBase) / ClassLimit;
    return createIndex(int((id - EntryBase) % ClassLimit), 0, top + 1);
}

int CodeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_catalog->classes().size() + m_registries.size());
    Q_ASSERT(checkIndex(parent, CheckIndexOption::DoNotUseParent));
    if (parent.column() != 0)
        return 0;
    const Node node = nodeAt(parent);
    switch (node.level) {
    case Node::Level::Registry: return int(m_catalog->vocabulary(node.kind)->classes.size());
    case Node::Level::Class:
        return node.kind == EntryKind::Response ? int(classAt(parent)->codes.size())
                                                : int(vocabularyClassAt(parent)->entries.size());
    case Node::Level::Entry:
    case Node::Level::None: break;
    }
    return 0;
}

int CodeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent));
    const Node node = nodeAt(index);
    if (role == KindRole)
        return int(node.kind);
    if (const SipCode *code = codeAt(index))
        return codeData(*code, index.column(), role);
    if (const CodeClass *codeClass = classAt(index))
        return classData(*codeClass, index.column(), role);
    if (const VocabularyEntry *entry = vocabularyEntryAt(index))
        return vocabularyEntryData(node.kind, *vocabularyClassAt(index), *entry, index.column(), role);
    if (const VocabularyClass *group = vocabularyClassAt(index))
        return vocabularyClassData(node.kind, *group, index.column(), role);
    if (node.level == Node::Level::Registry)
        return registryData(node.kind, index.column(), role);
    return {};
}

QVariant CodeModel::registryData(EntryKind kind, int column, int role) const
{
    const Vocabulary &vocabulary = *m_catalog->vocabulary(kind);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ReasonColumn: return CodeSheet::registryTitle(kind);
        case SummaryColumn: return countText(vocabulary.entryCount());
        }
        break;
    case Qt::ToolTipRole: return vocabulary.registryName;
    case CodeRole: return 0;
    case RegisteredRole: return true;
    }
    return {};
}

QVariant CodeModel::vocabularyClassData(EntryKind, const VocabularyClass &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return group.label();
        case ReasonColumn: return group.name.text(m_language);
        case SummaryColumn: return countText(int(group.entries.size()));
        }
        break;
    case Qt::ToolTipRole: return group.summary.text(m_language);
    case CodeRole: return 0;
    case RegisteredRole: return !group.pbxDefined;
    }
    return {};
}

QVariant CodeModel::vocabularyEntryData(EntryKind, const VocabularyClass &group, const VocabularyEntry &entry,
                                        int column, int role) const
{
    // A cause has no summary of its own: what the PBXs call it says more in a list.
    const auto summary = [&] {
        if (!entry.summary.isEmpty())
            return entry.summary.text(m_language);
        QStringList names;
        for (const PbxName &name : entry.pbxNames) {
            if (!name.alias && !names.contains(name.name))
                names.append(name.name);
        }
        return names.join(u" · "_s);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return entry.code;
        case ReasonColumn: return entry.name.text(m_language);
        case SummaryColumn: return summary();
        }
        break;
    case Qt::ToolTipRole:
        return group.pbxDefined ? tr("Defined by a PBX, not by Q.850: %1").arg(entry.name.text(m_language))
                                : entry.name.text(m_language);
    case CodeRole: return entry.code;
    case RegisteredRole: return !group.pbxDefined;
    }
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
    case ReasonColumn: return tr("Name"); // a response's reason phrase, a warn-code's or a cause's name
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
    if (nodeAt(index).level == Node::Level::Entry)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> CodeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(RegisteredRole, "registered");
    names.insert(KindRole, "kind");
    return names;
}

QList<TicketFormatter::Entry> CodeModel::entriesFor(const QModelIndexList &indexes) const
{
    // Sorted in registry order, a class before its entries; each row once.
    using Key = std::tuple<int, int, int>;
    QList<std::pair<Key, TicketFormatter::Entry>> keyed;
    for (const QModelIndex &index : indexes) {
        const Node node = nodeAt(index);
        if (node.level != Node::Level::Class && node.level != Node::Level::Entry)
            continue;
        TicketFormatter::Entry entry;
        entry.kind = node.kind;
        if (node.kind == EntryKind::Response) {
            entry.codeClass = classAt(index);
            entry.code = codeAt(index);
        } else {
            entry.group = vocabularyClassAt(index);
            entry.entry = vocabularyEntryAt(index);
        }
        const Key key{int(node.kind), node.classIndex, node.entryIndex};
        if (std::none_of(keyed.cbegin(), keyed.cend(), [&](const auto &other) { return other.first == key; }))
            keyed.append({key, entry});
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<TicketFormatter::Entry> entries;
    for (const auto &item : std::as_const(keyed))
        entries.append(item.second);
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
