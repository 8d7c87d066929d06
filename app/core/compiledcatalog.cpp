#include "compiledcatalog.h"

#include <QHash>
#include <QSysInfo>
#include <QtEndian>

#include <algorithm>
#include <concepts>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

// The form: "SIPCODES", the version and the size of the rest (32-bit), then
//   the structure: its size, the languages of the texts, and the catalog's fields; numbers are
//     32-bit, booleans and enumerations 16-bit, lists their length and their items, optional
//     values a boolean saying whether one follows, texts their length in UTF-16 units and (when
//     not empty) where they start in their text area;
//   the text areas: their number and sizes, then the UTF-16 texts, those that are not a
//     language's first, then each language's, each text once.
// All little-endian. Every field is a whole number of UTF-16 units, so that texts stay aligned
// and can be used where they lie; and as each language's texts lie together, those of languages
// not shown are not even read.

namespace {

constexpr char Magic[] = {'S', 'I', 'P', 'C', 'O', 'D', 'E', 'S'};
constexpr qsizetype HeaderSize = qsizetype(sizeof Magic) + 4 + 4;

template <typename T, typename Type>
concept Is = std::same_as<std::remove_const_t<T>, Type>;

// The CatalogEntry part of a code, a class or an entry, const where `value` is.
template <typename T>
auto &entryPart(T &value)
{
    using Entry = std::conditional_t<std::is_const_v<T>, const CatalogEntry, CatalogEntry>;
    return static_cast<Entry &>(value);
}

// The fields of each type in the order they are stored: one list, which writing reads and
// reading fills. A field added to a catalog type belongs here too (and Version goes up);
// tst_catalogloader compares the compiled catalog with the JSON one field by field.
template <typename A, Is<Reference> T>
void fields(A &a, T &v) { a(v.rfc, v.section, v.document); }
template <typename A, Is<CatalogEntry> T>
void fields(A &a, T &v) { a(v.name, v.summary, v.description, v.reference); }
template <typename A, Is<RelatedCode> T>
void fields(A &a, T &v) { a(v.code, v.note); }
template <typename A, Is<HeaderRule> T>
void fields(A &a, T &v) { a(v.field, v.strength, v.reference, v.note); }
template <typename A, Is<DialogRule> T>
void fields(A &a, T &v) { a(v.effect, v.reference, v.note); }
template <typename A, Is<MethodRule> T>
void fields(A &a, T &v) { a(v.only, v.never, v.reference, v.note); }
template <typename A, Is<CitedText> T>
void fields(A &a, T &v) { a(v.text, v.reference); }
template <typename A, Is<SipCode> T>
void fields(A &a, T &v)
{
    a(entryPart(v), v.code, v.status, v.aliases, v.related, v.headers, v.practice, v.dialog, v.methods, v.retry,
      v.local);
}
template <typename A, Is<CodeClass> T>
void fields(A &a, T &v) { a(entryPart(v), v.digit, v.codes); }
template <typename A, Is<PbxName> T>
void fields(A &a, T &v) { a(v.pbx, v.name, v.shortName, v.alias); }
template <typename A, Is<VocabularyEntry> T>
void fields(A &a, T &v) { a(entryPart(v), v.code, v.pbxNames, v.practice); }
template <typename A, Is<VocabularyClass> T>
void fields(A &a, T &v) { a(entryPart(v), v.first, v.last, v.pbxDefined, v.entries); }
template <typename A, Is<Vocabulary> T>
void fields(A &a, T &v) { a(v.kind, v.registryName, v.registryChecked, v.classes); }
template <typename A, Is<ReasonProtocol> T>
void fields(A &a, T &v) { a(entryPart(v), v.protocol, v.causes, v.causeValues); }
template <typename A, Is<CauseMappings::Table> T>
void fields(A &a, T &v) { a(v.source, v.direction, v.reference, v.file, v.function); }
template <typename A, Is<CauseMappings::Row> T>
void fields(A &a, T &v) { a(v.source, v.direction, v.cause, v.sip, v.note); }
template <typename A, Is<CauseMappings::Default> T>
void fields(A &a, T &v) { a(v.source, v.direction, v.value, v.sipFirst, v.sipLast, v.note, v.except); }
template <typename A, Is<CauseMappings::Rule> T>
void fields(A &a, T &v) { a(v.source, v.reference, v.text); }

// The last value of each enumeration stored, so that reading refuses one out of range (some are
// used as indices). An enumeration without one here does not compile.
constexpr int lastOf(CodeStatus) { return int(CodeStatus::Unregistered); }
constexpr int lastOf(DialogEffect) { return int(DialogEffect::Dialog); }
constexpr int lastOf(EntryKind) { return EntryKindCount - 1; }
constexpr int lastOf(ReasonProtocol::Causes) { return int(ReasonProtocol::Causes::Other); }
constexpr int lastOf(CauseMappings::Direction) { return int(CauseMappings::Direction::SipToCause); }

class Writer final
{
public:
    template <typename... T>
    void operator()(const T &...values) { (write(values), ...); }

    // The structure and the text areas, the languages first, as the form above says.
    QByteArray finish()
    {
        const QByteArray catalog = std::exchange(m_data, {});
        (*this)(m_languages);
        const QByteArray structure = std::exchange(m_data, {}) + catalog;
        count(structure.size());
        m_data += structure;
        count(m_areas.size());
        for (const Area &area : std::as_const(m_areas))
            count(area.data.size());
        for (const Area &area : std::as_const(m_areas))
            m_data += area.data;
        return std::exchange(m_data, {});
    }

private:
    // Texts of one kind, each stored once.
    struct Area
    {
        QByteArray data;
        QHash<QString, quint32> offsets; // in UTF-16 units
    };

    template <typename N>
    void number(N value)
    {
        const N stored = qToLittleEndian(value);
        m_data.append(reinterpret_cast<const char *>(&stored), qsizetype(sizeof stored));
    }
    void count(qsizetype value) { number(quint32(value)); }

    void write(int value) { number(qint32(value)); }
    void write(bool value) { number(quint16(value)); }
    template <typename E>
        requires std::is_enum_v<E>
    void write(E value) { number(quint16(value)); }
    void write(const QString &text) { writeText(0, text); }
    void write(const LocalizedText &text)
    {
        const QStringList languages = text.languages();
        count(languages.size());
        for (const QString &language : languages) {
            qsizetype index = m_languages.indexOf(language);
            if (index < 0) {
                index = m_languages.size();
                m_languages.append(language);
            }
            count(index);
            writeText(index + 1, text.text(language));
        }
    }
    template <typename T>
    void write(const QList<T> &items)
    {
        count(items.size());
        for (const T &item : items)
            write(item);
    }
    template <typename T>
    void write(const std::vector<T> &items)
    {
        count(qsizetype(items.size()));
        for (const T &item : items)
            write(item);
    }
    template <typename T>
    void write(const std::optional<T> &item)
    {
        write(item.has_value());
        if (item)
            write(*item);
    }
    template <typename T>
        requires requires(Writer &writer, const T &value) { fields(writer, value); }
    void write(const T &value) { fields(*this, value); }

    void writeText(qsizetype areaIndex, const QString &text)
    {
        count(text.size());
        if (text.isEmpty())
            return;
        if (m_areas.size() <= areaIndex)
            m_areas.resize(areaIndex + 1);
        Area &area = m_areas[areaIndex];
        auto offset = area.offsets.constFind(text);
        if (offset == area.offsets.cend()) {
            offset = area.offsets.insert(text, quint32(area.data.size() / 2));
            const qsizetype at = area.data.size();
            area.data.resize(at + text.size() * 2);
            qToLittleEndian<char16_t>(text.utf16(), text.size(), area.data.data() + at);
        }
        number(*offset);
    }

    QByteArray m_data;
    QStringList m_languages;
    QList<Area> m_areas; // the texts that are not a language's, then each language's
};

// Thrown by the reader on the first thing that does not fit, to give one message.
struct Broken
{
    QString problem;
};

// Reads what Writer wrote, checking every length and offset against the data, so that no value
// of a damaged blob makes it read outside the data or allocate more than the data could hold.
class Reader final
{
public:
    // `inPlace`: texts point into `data`, which outlives them, instead of being copied.
    Reader(const char *data, qsizetype size, bool inPlace) : m_data(data), m_end(size), m_inPlace(inPlace)
    {
        // Where the structure ends, and the text areas after it.
        const qsizetype structure = count(1);
        const char *areas = m_data + m_position + structure;
        const qsizetype areasSize = m_end - m_position - structure;
        m_end = m_position + structure;
        Reader table(areas, areasSize);
        table.m_offset = m_end;
        qsizetype total = 0;
        for (qsizetype n = table.count(4); n > 0; --n) {
            const qsizetype at = table.m_position;
            const qsizetype bytes = table.number<quint32>();
            if (bytes % 2 != 0 || bytes > areasSize)
                table.fail(u"a text area of %1 bytes"_s.arg(bytes), at);
            m_areas.append({nullptr, bytes / 2});
            total += bytes;
        }
        if (total != table.left())
            throw Broken{u"damaged: text areas of %1 bytes in %2"_s.arg(total).arg(table.left())};
        const char *text = areas + table.m_position;
        for (Area &area : m_areas) {
            area.data = text;
            text += area.size * 2;
        }
    }

    template <typename... T>
    void operator()(T &...values) { (read(values), ...); }

    // The languages of the texts, first in the structure.
    void readLanguages()
    {
        read(m_languages);
        if (m_areas.size() > m_languages.size() + 1)
            throw Broken{u"damaged: %1 text areas for %2 languages"_s.arg(m_areas.size()).arg(m_languages.size())};
    }
    // Whether the structure was read to its end, no more, no less.
    bool atEnd() const { return m_position == m_end; }
    qsizetype left() const { return m_end - m_position; }

private:
    struct Area
    {
        const char *data;
        qsizetype size; // in UTF-16 units
    };

    // A reader of the area table only.
    Reader(const char *data, qsizetype size) : m_data(data), m_end(size) {}

    [[noreturn]] void fail(const QString &problem, qsizetype at) const
    {
        throw Broken{u"damaged at byte %1: %2"_s.arg(HeaderSize + m_offset + at).arg(problem)};
    }
    const char *take(qsizetype bytes)
    {
        if (bytes > m_end - m_position)
            fail(u"a value runs past the end of its part"_s, m_position);
        const char *at = m_data + m_position;
        m_position += bytes;
        return at;
    }
    template <typename N>
    N number()
    {
        return qFromLittleEndian<N>(take(qsizetype(sizeof(N))));
    }
    // A length, of items at least `bytesEach` long each.
    qsizetype count(qsizetype bytesEach)
    {
        const qsizetype at = m_position;
        const quint32 value = number<quint32>();
        if (value > quint64(m_end - m_position) / quint64(bytesEach))
            fail(u"a length of %1, more than the rest of the data holds"_s.arg(value), at);
        return qsizetype(value);
    }

    void read(int &value) { value = number<qint32>(); }
    void read(bool &value)
    {
        const quint16 stored = number<quint16>();
        if (stored > 1)
            fail(u"%1 where a boolean belongs"_s.arg(stored), m_position - 2);
        value = stored == 1;
    }
    template <typename E>
        requires std::is_enum_v<E>
    void read(E &value)
    {
        const quint16 stored = number<quint16>();
        if (stored > lastOf(E{}))
            fail(u"%1 is not a value of its kind"_s.arg(stored), m_position - 2);
        value = E(stored);
    }
    void read(QString &text) { readText(0, text); }
    void read(LocalizedText &text)
    {
        text = {};
        for (qsizetype n = count(8); n > 0; --n) {
            const qsizetype at = m_position;
            const quint32 index = number<quint32>();
            if (index >= quint32(m_languages.size()))
                fail(u"language %1 of %2"_s.arg(index).arg(m_languages.size()), at);
            QString value;
            readText(index + 1, value);
            text.set(m_languages.at(index), value);
        }
    }
    template <typename T>
    void read(QList<T> &items)
    {
        const qsizetype size = count(1);
        items.clear();
        items.reserve(std::min<qsizetype>(size, 1024));
        for (qsizetype i = 0; i < size; ++i)
            read(items.emplace_back());
    }
    template <typename T>
    void read(std::vector<T> &items)
    {
        const qsizetype size = count(1);
        items.clear();
        items.reserve(std::size_t(std::min<qsizetype>(size, 1024)));
        for (qsizetype i = 0; i < size; ++i)
            read(items.emplace_back());
    }
    template <typename T>
    void read(std::optional<T> &item)
    {
        bool present = false;
        read(present);
        item.reset();
        if (present)
            read(item.emplace());
    }
    template <typename T>
        requires requires(Reader &reader, T &value) { fields(reader, value); }
    void read(T &value) { fields(*this, value); }

    void readText(qsizetype areaIndex, QString &text)
    {
        const qsizetype at = m_position;
        const qsizetype size = number<quint32>();
        if (size == 0) {
            text.clear();
            return;
        }
        const qsizetype offset = number<quint32>();
        if (areaIndex >= m_areas.size() || offset > m_areas.at(areaIndex).size - size)
            fail(u"a text outside its text area"_s, at);
        const char *data = m_areas.at(areaIndex).data + offset * 2;
        if (m_inPlace) {
            text = QString::fromRawData(reinterpret_cast<const QChar *>(data), size);
        } else {
            text = QString(size, Qt::Uninitialized);
            qFromLittleEndian<char16_t>(data, size, text.data());
        }
    }

    const char *m_data;
    qsizetype m_end;
    qsizetype m_position = 0;
    qsizetype m_offset = 0; // of m_data in the data after the header, for messages
    bool m_inPlace = false;
    QList<Area> m_areas; // as Writer::m_areas
    QStringList m_languages;
};

// A Catalog keeps its parts private and derives its indices from them: it is written through its
// accessors and read back through its constructors, in the same order.
void writeCatalog(Writer &writer, const Catalog &catalog)
{
    const CauseMappings &mappings = catalog.mappings();
    writer(catalog.classes(), catalog.registryName(), catalog.registryChecked(), catalog.warnings(),
           catalog.causes(), catalog.reasonProtocols(), mappings.tables(), mappings.rows(), mappings.defaults(),
           mappings.rules());
}

Catalog readCatalog(Reader &reader)
{
    std::vector<CodeClass> classes;
    QString registryName;
    QString registryChecked;
    Vocabulary warnings;
    Vocabulary causes;
    QList<ReasonProtocol> reasonProtocols;
    QList<CauseMappings::Table> tables;
    QList<CauseMappings::Row> rows;
    QList<CauseMappings::Default> defaults;
    QList<CauseMappings::Rule> rules;
    reader(classes, registryName, registryChecked, warnings, causes, reasonProtocols, tables, rows, defaults, rules);
    Catalog catalog(std::move(classes), std::move(registryName), std::move(registryChecked));
    catalog.setVocabulary(std::move(warnings), std::move(causes), std::move(reasonProtocols),
                          CauseMappings(std::move(tables), std::move(rows), std::move(defaults), std::move(rules)));
    return catalog;
}

} // namespace

QByteArray CompiledCatalog::write(const Catalog &catalog)
{
    Writer writer;
    writeCatalog(writer, catalog);
    const QByteArray rest = writer.finish();
    QByteArray data(Magic, qsizetype(sizeof Magic));
    for (const quint32 value : {Version, quint32(rest.size())}) {
        const quint32 stored = qToLittleEndian(value);
        data.append(reinterpret_cast<const char *>(&stored), qsizetype(sizeof stored));
    }
    return data + rest;
}

CatalogLoader::Result CompiledCatalog::read(const QByteArray &data, const QString &sourceName, Storage storage)
{
    const auto failure = [&sourceName](const QString &problem) {
        return CatalogLoader::Result{std::nullopt, u"%1: %2"_s.arg(sourceName, problem)};
    };
    const QByteArrayView magic(Magic, qsizetype(sizeof Magic));
    if (!data.startsWith(magic) && !(magic.startsWith(data) && !data.isEmpty()))
        return failure(u"not a compiled catalog"_s);
    if (data.size() < HeaderSize)
        return failure(u"cut short: %1 bytes, not even a header"_s.arg(data.size()));
    const quint32 version = qFromLittleEndian<quint32>(data.constData() + sizeof Magic);
    if (version != Version) {
        return failure(u"a compiled catalog of version %1; this program reads version %2 only: rebuild it"_s
                           .arg(version).arg(Version));
    }
    const quint32 size = qFromLittleEndian<quint32>(data.constData() + sizeof Magic + 4);
    if (quint64(data.size() - HeaderSize) != size) {
        return failure(u"%1 bytes where its header announces %2: %3"_s.arg(data.size())
                           .arg(quint64(size) + HeaderSize)
                           .arg(data.size() - HeaderSize < qsizetype(size) ? u"cut short"_s : u"bytes added"_s));
    }
    try {
        // Texts can be used where they lie when the data lasts and is in this machine's order.
        const bool inPlace = storage == Storage::Static && QSysInfo::ByteOrder == QSysInfo::LittleEndian
                             && quintptr(data.constData()) % alignof(char16_t) == 0;
        Reader reader(data.constData() + HeaderSize, data.size() - HeaderSize, inPlace);
        reader.readLanguages();
        Catalog catalog = readCatalog(reader);
        if (!reader.atEnd())
            return failure(u"damaged: %1 bytes left after the catalog"_s.arg(reader.left()));
        return {std::move(catalog), {}};
    } catch (const Broken &broken) {
        return failure(broken.problem);
    }
}
