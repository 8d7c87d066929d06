#include "core/catalogloader.h"
#include "core/codesheet.h"
#include "core/compiledcatalog.h"
#include "core/languages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QResource>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <algorithm>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// A small catalog that is valid; each malformed case below breaks one thing in it.
QJsonObject validCatalog()
{
    const char *json = R"({
      "format": 2,
      "registry": { "name": "Test registry", "checked": "2026-01-01" },
      "classes": [
        { "class": 1, "name": { "en": "Provisional" }, "summary": { "en": "still working" },
          "description": { "en": "Provisional responses." }, "rfc": 3261, "section": "21.1",
          "codes": [
            { "code": 180, "reason": { "en": "Ringing" }, "summary": { "en": "alerting" },
              "description": { "en": "The UA is alerting." }, "rfc": 3261, "section": "21.1.2",
              "status": "registered", "aliases": [],
              "dialog": { "effect": "creates", "rfc": 3261, "section": "12.1",
                          "note": { "en": "early dialog", "nl": "vroege dialoog" } },
              "methods": { "only": ["INVITE"], "rfc": 4320, "section": "4.1" } },
            { "code": 100, "reason": { "en": "Trying" }, "summary": { "en": "received" },
              "description": { "en": "Next hop has it." }, "rfc": 3261, "section": "21.1.1",
              "status": "registered", "aliases": [],
              "dialog": { "effect": "transaction", "rfc": 3261, "section": "12.1" } } ] },
        { "class": 4, "name": { "en": "Request Failure" }, "summary": { "en": "the request failed" },
          "description": { "en": "Definite failure." }, "rfc": 3261, "section": "21.4",
          "codes": [
            { "code": 486, "reason": { "en": "Busy Here", "nl": "Hier bezet" },
              "summary": { "en": "callee busy here" }, "description": { "en": "Busy." },
              "rfc": 3261, "section": "21.4.24", "status": "registered", "aliases": ["Busy"],
              "dialog": { "effect": "transaction", "rfc": 5057, "section": "5.1" },
              "methods": { "never": ["CANCEL"], "rfc": 3261, "section": "21.4.25",
                           "note": { "en": "n" } },
              "retry": { "text": { "en": "later, or elsewhere" }, "rfc": 3261, "section": "21.4.24" },
              "local": { "text": { "en": "never local" }, "rfc": 3261, "section": "8.1.3.1" } },
            { "code": 409, "reason": { "en": "Conflict" }, "summary": { "en": "old" },
              "description": { "en": "Gone from later RFCs." }, "rfc": 2543, "section": "7.4.10",
              "status": "unregistered", "aliases": [],
              "dialog": { "effect": "transaction", "rfc": 5057, "section": "5.1" } } ] }
      ]
    })";
    return QJsonDocument::fromJson(json).object();
}

using Mutation = std::function<void(QJsonObject &)>;

// Applies `change` to the code at classes[classIndex].codes[codeIndex].
Mutation onCode(int classIndex, int codeIndex, std::function<void(QJsonObject &)> change)
{
    return [=](QJsonObject &root) {
        QJsonArray classes = root[u"classes"_s].toArray();
        QJsonObject codeClass = classes[classIndex].toObject();
        QJsonArray codes = codeClass[u"codes"_s].toArray();
        QJsonObject code = codes[codeIndex].toObject();
        change(code);
        codes[codeIndex] = code;
        codeClass[u"codes"_s] = codes;
        classes[classIndex] = codeClass;
        root[u"classes"_s] = classes;
    };
}

QByteArray serialize(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Applies `change` to the object in field `field` of the code at classes[classIndex].codes[codeIndex].
Mutation onCodeField(int classIndex, int codeIndex, const QString &field, std::function<void(QJsonObject &)> change)
{
    return onCode(classIndex, codeIndex, [=](QJsonObject &code) {
        QJsonObject object = code[field].toObject();
        change(object);
        code[field] = object;
    });
}

QJsonObject english(const QString &text)
{
    return QJsonObject{{u"en"_s, text}};
}

// validCatalog() in format 3: one warn-code, a Q.850 cause and a PBX's own, one Reason protocol,
// and RFC 3398's tables with one row each.
QJsonObject vocabularyCatalog()
{
    QJsonObject root = validCatalog();
    root[u"format"_s] = 3;
    const QJsonObject registry{{u"name"_s, u"r"_s}, {u"checked"_s, u"2026-11-23"_s}};
    root[u"warnings"_s] = QJsonObject{
        {u"registry"_s, registry},
        {u"classes"_s, QJsonArray{QJsonObject{
             {u"first"_s, 370}, {u"last"_s, 379}, {u"name"_s, english(u"Quality of service"_s)},
             {u"summary"_s, english(u"s"_s)},
             {u"codes"_s, QJsonArray{QJsonObject{{u"code"_s, 370}, {u"name"_s, english(u"Insufficient bandwidth"_s)},
                                                 {u"summary"_s, english(u"s"_s)}, {u"description"_s, english(u"d"_s)},
                                                 {u"rfc"_s, 3261}, {u"section"_s, u"20.43"_s}}}}}}}};
    const auto pbx = [](const QString &name) {
        return QJsonArray{QJsonObject{{u"pbx"_s, u"FreeSWITCH"_s}, {u"name"_s, name}}};
    };
    root[u"causes"_s] = QJsonObject{
        {u"registry"_s, registry},
        {u"classes"_s,
         QJsonArray{QJsonObject{{u"first"_s, 0}, {u"last"_s, 31}, {u"name"_s, english(u"Normal event"_s)},
                                {u"summary"_s, english(u"s"_s)},
                                {u"codes"_s, QJsonArray{QJsonObject{{u"code"_s, 17}, {u"name"_s, english(u"User busy"_s)},
                                                                    {u"description"_s, english(u"d"_s)},
                                                                    {u"pbx"_s, pbx(u"USER_BUSY"_s)}}}}},
                    QJsonObject{{u"pbx"_s, true}, {u"name"_s, english(u"PBX"_s)}, {u"summary"_s, english(u"s"_s)},
                                {u"codes"_s, QJsonArray{QJsonObject{{u"code"_s, 804}, {u"name"_s, english(u"No media"_s)},
                                                                    {u"description"_s, english(u"d"_s)},
                                                                    {u"pbx"_s, pbx(u"MEDIA_TIMEOUT"_s)}}}}}}}};
    root[u"reasonProtocols"_s] = QJsonObject{
        {u"registry"_s, registry},
        {u"protocols"_s, QJsonArray{QJsonObject{{u"protocol"_s, u"Q.850"_s}, {u"causes"_s, u"q850"_s},
                                                {u"name"_s, english(u"ISDN cause"_s)}, {u"summary"_s, english(u"s"_s)},
                                                {u"reference"_s, QJsonObject{{u"rfc"_s, 3326}, {u"section"_s, u"2"_s}}}}}}};
    const QString rfc = u"RFC 3398"_s;
    root[u"mappings"_s] = QJsonObject{
        {u"tables"_s, QJsonArray{QJsonObject{{u"source"_s, rfc}, {u"direction"_s, u"cause-to-sip"_s}, {u"rfc"_s, 3398},
                                             {u"section"_s, u"7.2.4.1"_s}},
                                 QJsonObject{{u"source"_s, rfc}, {u"direction"_s, u"sip-to-cause"_s}, {u"rfc"_s, 3398},
                                             {u"section"_s, u"8.2.6.1"_s}}}},
        {u"rows"_s, QJsonArray{QJsonObject{{u"source"_s, rfc}, {u"direction"_s, u"cause-to-sip"_s}, {u"cause"_s, 17},
                                           {u"sip"_s, 486}}}},
        {u"defaults"_s, QJsonArray{QJsonObject{{u"source"_s, rfc}, {u"direction"_s, u"sip-to-cause"_s}, {u"cause"_s, 17},
                                               {u"note"_s, english(u"n"_s)}}}},
        {u"rules"_s, QJsonArray{QJsonObject{{u"source"_s, rfc}, {u"section"_s, u"8.2.6.1"_s}, {u"text"_s, english(u"r"_s)}}}}};
    return root;
}

// Applies `change` to the object at `path` (fields, and numbers for array items) of `root`.
void change(QJsonObject &root, const QStringList &path, const std::function<void(QJsonObject &)> &edit)
{
    if (path.isEmpty()) {
        edit(root);
        return;
    }
    // One step: a field holding an object, or a field holding an array and the item's index.
    QJsonValue value = root[path.first()];
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = path.value(1).toInt();
        QJsonObject item = array[index].toObject();
        change(item, path.mid(2), edit);
        array[index] = item;
        root[path.first()] = array;
    } else {
        QJsonObject object = value.toObject();
        change(object, path.mid(1), edit);
        root[path.first()] = object;
    }
}

// Writes `data` into a file of `dir` and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}


// Every field of a catalog, one line each, named by where it is: two catalogs are equal when
// their dumps are, and the first line that differs says where they are not.
class CatalogDump final
{
public:
    explicit CatalogDump(const Catalog &catalog)
    {
        line(u"registry"_s, catalog.registryName(), catalog.registryChecked(), catalog.codeCount());
        for (const CodeClass &codeClass : catalog.classes()) {
            const QString where = u"class "_s + codeClass.label();
            entry(where, codeClass);
            for (const SipCode &code : codeClass.codes)
                sipCode(where + u" code "_s + QString::number(code.code), code);
        }
        vocabulary(u"warnings"_s, catalog.warnings());
        vocabulary(u"causes"_s, catalog.causes());
        for (const ReasonProtocol &protocol : catalog.reasonProtocols()) {
            const QString where = u"protocol "_s + protocol.protocol;
            entry(where, protocol);
            line(where, int(protocol.causes));
            for (const VocabularyEntry &cause : protocol.causeValues)
                vocabularyEntry(where + u" cause "_s + QString::number(cause.code), cause);
        }
        const CauseMappings &mappings = catalog.mappings();
        line(u"sources"_s, mappings.sources().join(u", "_s));
        for (const CauseMappings::Table &table : mappings.tables()) {
            line(u"table"_s, table.source, int(table.direction), table.file, table.function);
            reference(u"table"_s, table.reference);
        }
        for (const CauseMappings::Row &row : mappings.rows()) {
            const QString where = u"row %1 %2 %3 %4"_s.arg(row.source).arg(int(row.direction)).arg(row.cause).arg(row.sip);
            text(where, row.note);
            line(where);
        }
        for (const CauseMappings::Default &value : mappings.defaults()) {
            const QString where = u"default %1 %2"_s.arg(value.source).arg(int(value.direction));
            line(where, value.value, value.sipFirst, value.sipLast, numbers(value.except));
            text(where, value.note);
        }
        for (const CauseMappings::Rule &rule : mappings.rules()) {
            reference(u"rule "_s + rule.source, rule.reference);
            text(u"rule "_s + rule.source, rule.text);
        }
    }

    const QStringList &lines() const { return m_lines; }

    // The first line where `other` differs, or empty.
    QString differenceFrom(const CatalogDump &other) const
    {
        for (qsizetype i = 0; i < std::max(m_lines.size(), other.m_lines.size()); ++i) {
            if (m_lines.value(i) != other.m_lines.value(i))
                return u"line %1: \"%2\" against \"%3\""_s.arg(i).arg(m_lines.value(i), other.m_lines.value(i));
        }
        return {};
    }

private:
    template <typename... T>
    void line(const QString &where, const T &...values)
    {
        QStringList parts{where};
        (parts.append(QVariant::fromValue(values).toString()), ...);
        m_lines.append(parts.join(u" | "_s));
    }
    static QString numbers(const QList<int> &values)
    {
        QStringList result;
        for (const int value : values)
            result.append(QString::number(value));
        return result.join(u',');
    }
    void text(const QString &where, const LocalizedText &text)
    {
        line(where + u" languages"_s, text.languages().join(u',') );
        for (const QString &language : text.languages())
            line(where + u" ["_s + language + u']', text.text(language));
    }
    void reference(const QString &where, const Reference &reference)
    {
        line(where + u" reference"_s, reference.rfc, reference.section, reference.document);
    }
    void entry(const QString &where, const CatalogEntry &entry)
    {
        text(where + u" name"_s, entry.name);
        text(where + u" summary"_s, entry.summary);
        text(where + u" description"_s, entry.description);
        reference(where, entry.reference);
    }
    void sipCode(const QString &where, const SipCode &code)
    {
        entry(where, code);
        line(where, int(code.status), code.aliases.join(u", "_s));
        for (const RelatedCode &related : code.related)
            text(where + u" related "_s + QString::number(related.code), related.note);
        for (const HeaderRule &header : code.headers) {
            line(where + u" header"_s, header.field, header.strength);
            reference(where + u" header"_s, header.reference);
            text(where + u" header"_s, header.note);
        }
        for (const LocalizedText &practice : code.practice)
            text(where + u" practice"_s, practice);
        line(where + u" has"_s, code.dialog.has_value(), code.methods.has_value(), code.retry.has_value(),
             code.local.has_value());
        if (code.dialog) {
            line(where + u" dialog"_s, int(code.dialog->effect));
            reference(where + u" dialog"_s, code.dialog->reference);
            text(where + u" dialog"_s, code.dialog->note);
        }
        if (code.methods) {
            line(where + u" methods"_s, code.methods->only.join(u','), code.methods->never.join(u','));
            reference(where + u" methods"_s, code.methods->reference);
            text(where + u" methods"_s, code.methods->note);
        }
        for (const auto &[name, cited] : {std::pair{u"retry"_s, code.retry}, std::pair{u"local"_s, code.local}}) {
            if (cited) {
                text(where + u' ' + name, cited->text);
                reference(where + u' ' + name, cited->reference);
            }
        }
    }
    void vocabularyEntry(const QString &where, const VocabularyEntry &entry)
    {
        this->entry(where, entry);
        for (const PbxName &name : entry.pbxNames)
            line(where + u" pbx"_s, name.pbx, name.name, name.shortName, name.alias);
        for (const LocalizedText &practice : entry.practice)
            text(where + u" practice"_s, practice);
    }
    void vocabulary(const QString &where, const Vocabulary &vocabulary)
    {
        line(where, int(vocabulary.kind), vocabulary.registryName, vocabulary.registryChecked, vocabulary.entryCount());
        for (const VocabularyClass &group : vocabulary.classes) {
            const QString at = where + u' ' + group.label();
            entry(at, group);
            line(at, group.first, group.last, group.pbxDefined);
            for (const VocabularyEntry &item : group.entries)
                vocabularyEntry(at + u' ' + QString::number(item.code), item);
        }
    }

    QStringList m_lines;
};

Catalog loaded(const QByteArray &json)
{
    CatalogLoader::Result result = CatalogLoader::loadData(json, u"t.json"_s);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return std::move(*result.catalog);
}

// A compiled catalog with all the registries, small enough to damage byte by byte.
QByteArray smallCompiledCatalog()
{
    return CompiledCatalog::write(loaded(QJsonDocument(vocabularyCatalog()).toJson()));
}

} // namespace

class TestCatalogLoader final : public QObject
{
    Q_OBJECT

private slots:
    void embeddedCatalogLoads()
    {
        const CatalogLoader::Result result = CatalogLoader::loadEmbedded();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.catalog->classes().size(), std::size_t(6));
        QVERIFY(result.catalog->codeCount() >= 75);
    }

    // What start-up reads (the catalog compiled at build time) is what --catalog reads from
    // resources/catalog.json: every field of every registry, and every sheet in every language.
    void compiledCatalogEqualsJson()
    {
        const CatalogLoader::Result json = CatalogLoader::loadFile(QStringLiteral(SIPCODES_CATALOG_JSON));
        QVERIFY2(json.ok(), qPrintable(json.error));
        const CatalogLoader::Result compiled = CatalogLoader::loadEmbedded();
        QVERIFY2(compiled.ok(), qPrintable(compiled.error));
        const Catalog &a = *json.catalog;
        const Catalog &b = *compiled.catalog;

        QCOMPARE(b.classes().size(), a.classes().size());
        QCOMPARE(b.codeCount(), a.codeCount());
        QCOMPARE(b.warnings().entryCount(), a.warnings().entryCount());
        QCOMPARE(b.causes().entryCount(), a.causes().entryCount());
        QCOMPARE(b.reasonProtocols().size(), a.reasonProtocols().size());
        QCOMPARE(b.mappings().tables().size(), a.mappings().tables().size());
        QCOMPARE(b.mappings().rows().size(), a.mappings().rows().size());
        QCOMPARE(b.mappings().defaults().size(), a.mappings().defaults().size());
        QCOMPARE(b.mappings().rules().size(), a.mappings().rules().size());
        QCOMPARE(b.mappings().sources(), a.mappings().sources());

        // A sample, spelt out.
        QCOMPARE(b.registryChecked(), a.registryChecked());
        QCOMPARE(b.find(486)->name.text(u"zh_TW"_s), a.find(486)->name.text(u"zh_TW"_s));
        QCOMPARE(b.find(486)->practice.size(), a.find(486)->practice.size());
        QVERIFY(b.find(503)->local);
        QCOMPARE(b.find(503)->local->text.text(u"nl"_s), a.find(503)->local->text.text(u"nl"_s));
        QCOMPARE(b.find(503)->headers.first().field, a.find(503)->headers.first().field);
        QCOMPARE(b.warnings().find(370)->description.text(u"zh_CN"_s), a.warnings().find(370)->description.text(u"zh_CN"_s));
        QCOMPARE(b.causes().find(1)->pbxNames.size(), a.causes().find(1)->pbxNames.size());
        QCOMPARE(b.findCauseByPbxName(u"UNALLOCATED"_s)->code, 1);
        QCOMPARE(b.findCauseByPbxName(u"user_busy"_s)->code, a.findCauseByPbxName(u"user_busy"_s)->code);
        const ReasonProtocol *preemption = b.findReasonProtocol(u"preemption"_s);
        QVERIFY(preemption);
        QCOMPARE(preemption->causeValues.size(), a.findReasonProtocol(u"preemption"_s)->causeValues.size());
        QCOMPARE(preemption->causeValues.first().name.englishText(), u"UA Preemption"_s);
        using Direction = CauseMappings::Direction;
        const CauseMappings::Default *ranged = b.mappings().defaultFor(u"Asterisk"_s, Direction::SipToCause, 503);
        QVERIFY(ranged);
        QCOMPARE(ranged->sipFirst, 500);
        QCOMPARE(ranged->sipLast, 599);
        QCOMPARE(b.mappings().defaultFor(u"RFC 3398"_s, Direction::CauseToSip, 1)->except, QList<int>{16});
        QVERIFY(!b.mappings().defaultFor(u"RFC 3398"_s, Direction::CauseToSip, 16));
        QCOMPARE(b.mappings().rowsFrom(u"RFC 3398"_s, Direction::CauseToSip, 17).size(),
                 a.mappings().rowsFrom(u"RFC 3398"_s, Direction::CauseToSip, 17).size());
        QCOMPARE(b.mappings().rules().last().text.text(u"zh_CN"_s), a.mappings().rules().last().text.text(u"zh_CN"_s));

        // Everything.
        const CatalogDump dumpA(a);
        const CatalogDump dumpB(b);
        QVERIFY(dumpA.lines().size() > 5000);
        QVERIFY2(dumpA.differenceFrom(dumpB).isEmpty(), qPrintable(dumpA.differenceFrom(dumpB)));

        // And as people see it, including what is derived from the data.
        for (const QString &language : Languages::supported()) {
            for (const CodeClass &codeClass : a.classes()) {
                QCOMPARE(CodeSheet::forClass(*b.findClass(codeClass.digit), language).toMarkdown(),
                         CodeSheet::forClass(codeClass, language).toMarkdown());
                for (const SipCode &code : codeClass.codes)
                    QCOMPARE(CodeSheet::forCode(b, *b.find(code.code), language).toMarkdown(),
                             CodeSheet::forCode(a, code, language).toMarkdown());
            }
            for (const EntryKind kind : {EntryKind::Warning, EntryKind::Cause}) {
                QCOMPARE(CodeSheet::forRegistry(b, kind, language).toMarkdown(),
                         CodeSheet::forRegistry(a, kind, language).toMarkdown());
                for (const VocabularyClass &group : a.vocabulary(kind)->classes) {
                    for (const VocabularyEntry &item : group.entries)
                        QCOMPARE(CodeSheet::forEntry(b, kind, *b.vocabulary(kind)->find(item.code), language).toMarkdown(),
                                 CodeSheet::forEntry(a, kind, item, language).toMarkdown());
                }
            }
        }
    }

    // The embedded blob is resources/catalog.json as the loader reads it, compiled.
    void embeddedBlobIsTheJsonCompiled()
    {
        const CatalogLoader::Result json = CatalogLoader::loadFile(QStringLiteral(SIPCODES_CATALOG_JSON));
        QVERIFY2(json.ok(), qPrintable(json.error));
        const QResource resource(u":/catalog.bin"_s);
        QVERIFY(resource.isValid());
        QCOMPARE(resource.compressionAlgorithm(), QResource::NoCompression); // read in place
        QVERIFY(resource.uncompressedData() == CompiledCatalog::write(*json.catalog));
        // Its texts are used where they lie: they own no memory (no capacity).
        const CatalogLoader::Result compiled = CatalogLoader::loadEmbedded();
        QVERIFY2(compiled.ok(), qPrintable(compiled.error));
        QCOMPARE(compiled.catalog->find(486)->description.text(u"zh_CN"_s).capacity(), 0);
        QVERIFY(json.catalog->find(486)->description.text(u"zh_CN"_s).capacity() > 0);
    }

    void compiledRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("storage");
        for (const auto storage : {CompiledCatalog::Storage::Copy, CompiledCatalog::Storage::Static}) {
            const char *name = storage == CompiledCatalog::Storage::Copy ? "copied" : "in place";
            QTest::addRow("format 2, %s", name) << serialize(validCatalog()) << int(storage);
            QTest::addRow("format 3, %s", name) << serialize(vocabularyCatalog()) << int(storage);
        }
    }

    void compiledRoundTrip()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, storage);
        const Catalog original = loaded(json);
        const QByteArray data = CompiledCatalog::write(original);
        const CatalogLoader::Result result = CompiledCatalog::read(data, u"t.bin"_s, CompiledCatalog::Storage(storage));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(CatalogDump(original).differenceFrom(CatalogDump(*result.catalog)).isEmpty(),
                 qPrintable(CatalogDump(original).differenceFrom(CatalogDump(*result.catalog))));
        QCOMPARE(CompiledCatalog::write(*result.catalog), data);
        QCOMPARE(result.catalog->warnings().kind, EntryKind::Warning);
        QCOMPARE(result.catalog->causes().kind, EntryKind::Cause);
    }

    void brokenCompiledCatalog_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray data = smallCompiledCatalog();
        const auto patched = [&data](qsizetype at, quint32 value) {
            QByteArray result = data;
            const quint32 stored = qToLittleEndian(value);
            result.replace(at, 4, reinterpret_cast<const char *>(&stored), 4);
            return result;
        };
        QTest::newRow("empty") << QByteArray() << u"t.bin: not a compiled catalog"_s;
        QTest::newRow("JSON") << serialize(validCatalog()) << u"t.bin: not a compiled catalog"_s;
        QTest::newRow("the magic only") << data.left(8) << u"t.bin: cut short: 8 bytes, not even a header"_s;
        QTest::newRow("half the magic") << data.left(4) << u"t.bin: cut short: 4 bytes, not even a header"_s;
        QTest::newRow("no size") << data.left(12) << u"t.bin: cut short: 12 bytes, not even a header"_s;
        QTest::newRow("a later version")
            << patched(8, CompiledCatalog::Version + 1)
            << u"t.bin: a compiled catalog of version %1; this program reads version %2 only: rebuild it"_s
                   .arg(CompiledCatalog::Version + 1).arg(CompiledCatalog::Version);
        QTest::newRow("an older version")
            << patched(8, 0) << u"t.bin: a compiled catalog of version 0; this program reads version %1 only: rebuild it"_s
                                    .arg(CompiledCatalog::Version);
        QTest::newRow("cut in half")
            << data.left(data.size() / 2)
            << u"t.bin: %1 bytes where its header announces %2: cut short"_s.arg(data.size() / 2).arg(data.size());
        QTest::newRow("a byte added") << data + 'x'
                                      << u"t.bin: %1 bytes where its header announces %2: bytes added"_s
                                             .arg(data.size() + 1).arg(data.size());
        QTest::newRow("structure larger than the data")
            << patched(16, 0x7fffffff) << u"t.bin: damaged at byte 16: a length of 2147483647, more than the rest"_s;
        QTest::newRow("structure shorter")
            << patched(16, 4) << u"t.bin: damaged"_s;
        // The first list after the structure's size: the languages.
        QTest::newRow("too many languages")
            << patched(20, 1000000) << u"t.bin: damaged at byte 20: a length of 1000000, more than the rest"_s;
    }

    void brokenCompiledCatalog()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        for (const auto storage : {CompiledCatalog::Storage::Copy, CompiledCatalog::Storage::Static}) {
            const CatalogLoader::Result result = CompiledCatalog::read(data, u"t.bin"_s, storage);
            QVERIFY(!result.ok());
            QVERIFY2(result.error.startsWith(expected), qPrintable(u"expected \"%1\", got \"%2\""_s.arg(expected, result.error)));
        }
    }

    // However it is cut short, a compiled catalog is refused with a message.
    void everyTruncationIsRefused()
    {
        const QByteArray data = smallCompiledCatalog();
        for (qsizetype size = 0; size < data.size(); ++size) {
            const CatalogLoader::Result result = CompiledCatalog::read(data.left(size), u"t.bin"_s);
            QVERIFY2(!result.ok(), qPrintable(u"loads when cut to %1 bytes"_s.arg(size)));
            QVERIFY2(result.error.startsWith(u"t.bin: "_s)
                         && (result.error.contains(u"cut short"_s) || result.error.contains(u"not a compiled catalog"_s)),
                     qPrintable(result.error));
        }
    }

    // Whatever byte is damaged, reading gives a catalog or a message, never a crash, never a read
    // outside the data (the asan preset checks that); with the length in the header still right.
    void damagedBytesNeverCrash()
    {
        const QByteArray data = smallCompiledCatalog();
        int refused = 0;
        for (qsizetype at = 16; at < data.size(); ++at) {
            for (const char change : {char(0xff), char(0x01), char(0x80)}) {
                QByteArray damaged = data;
                damaged[at] = char(damaged.at(at) ^ change);
                const CatalogLoader::Result result = CompiledCatalog::read(damaged, u"t.bin"_s, CompiledCatalog::Storage::Static);
                if (result.ok())
                    QVERIFY(!CatalogDump(*result.catalog).lines().isEmpty()); // every text readable
                else if (result.error.startsWith(u"t.bin: damaged"_s))
                    ++refused;
                else
                    QFAIL(qPrintable(result.error));
            }
        }
        QVERIFY(refused > 0);
    }

    void localizedTextKeepsLanguagesInOrder()
    {
        LocalizedText text;
        QVERIFY(text.isEmpty());
        QVERIFY(text.englishText().isNull());
        text.set(u"zh_CN"_s, u"忙"_s);
        text.set(u"en"_s, u"Busy"_s);
        text.set(u"nl"_s, u"Bezet"_s);
        text.set(u"en"_s, u"Busy Here"_s); // replaces
        QCOMPARE(text.languages(), (QStringList{u"en"_s, u"nl"_s, u"zh_CN"_s}));
        QCOMPARE(text.text(u"nl"_s), u"Bezet"_s);
        QCOMPARE(text.text(u"zh_TW"_s), u"Busy Here"_s); // English where a language has none
        QCOMPARE(text.englishText(), u"Busy Here"_s);
        QVERIFY(text.has(u"zh_CN"_s));
        QVERIFY(!text.has(u"zh_TW"_s));
    }

    void validCatalogLoadsSorted()
    {
        const CatalogLoader::Result result = CatalogLoader::loadData(serialize(validCatalog()), u"t.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Catalog &catalog = *result.catalog;
        QCOMPARE(catalog.codeCount(), 4);
        QCOMPARE(catalog.classes().front().codes.front().code, 100); // filed out of order
        QVERIFY(catalog.find(486));
        QCOMPARE(catalog.find(486)->name.text(u"nl"_s), u"Hier bezet"_s);
        QCOMPARE(catalog.find(486)->name.text(u"zh_CN"_s), u"Busy Here"_s); // English fallback
        QCOMPARE(catalog.find(486)->aliases, QStringList{u"Busy"_s});
        QCOMPARE(catalog.find(409)->status, CodeStatus::Unregistered);
        QVERIFY(!catalog.find(487));
        QVERIFY(!catalog.find(99));
        QCOMPARE(catalog.registryChecked(), u"2026-01-01"_s);
    }

    void vocabularyIsRead()
    {
        const CatalogLoader::Result result = CatalogLoader::loadData(serialize(vocabularyCatalog()), u"t.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Catalog &catalog = *result.catalog;
        QCOMPARE(catalog.warnings().find(370)->name.englishText(), u"Insufficient bandwidth"_s);
        QCOMPARE(catalog.warnings().classes.front().label(), u"370–379"_s);
        QCOMPARE(catalog.causes().find(17)->reference.text(), u"ITU-T Q.850"_s);
        QVERIFY(catalog.causes().classOf(804)->pbxDefined);
        QCOMPARE(catalog.findCauseByPbxName(u"media_timeout")->code, 804);
        QCOMPARE(catalog.findReasonProtocol(u"q.850")->causes, ReasonProtocol::Causes::Q850);
        using Direction = CauseMappings::Direction;
        QCOMPARE(catalog.mappings().rowsFrom(u"RFC 3398"_s, Direction::CauseToSip, 17).first().sip, 486);
        QCOMPARE(catalog.mappings().rowsTo(u"RFC 3398"_s, Direction::CauseToSip, 486).first().cause, 17);
        QCOMPARE(catalog.mappings().defaultFor(u"RFC 3398"_s, Direction::SipToCause, 409)->value, 17);
        QCOMPARE(catalog.mappings().rules().first().reference.shortText(), u"RFC 3398, 8.2.6.1"_s);
        // A format 2 catalog has none of it, and still loads.
        const CatalogLoader::Result older = CatalogLoader::loadData(serialize(validCatalog()), u"t.json"_s);
        QVERIFY(older.ok());
        QVERIFY(older.catalog->warnings().isEmpty());
        QVERIFY(older.catalog->mappings().isEmpty());
    }

    void behaviourIsRead()
    {
        const CatalogLoader::Result result = CatalogLoader::loadData(serialize(validCatalog()), u"t.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const SipCode &ringing = *result.catalog->find(180);
        QVERIFY(!ringing.isFinal());
        QVERIFY(ringing.dialog);
        QCOMPARE(ringing.dialog->effect, DialogEffect::Creates);
        QCOMPARE(ringing.dialog->reference.rfc, 3261);
        QCOMPARE(ringing.dialog->reference.section, u"12.1"_s);
        QCOMPARE(ringing.dialog->note.text(u"nl"_s), u"vroege dialoog"_s);
        QVERIFY(ringing.methods);
        QCOMPARE(ringing.methods->only, QStringList{u"INVITE"_s});
        QVERIFY(ringing.methods->never.isEmpty());
        QVERIFY(ringing.methods->note.isEmpty());
        QVERIFY(!ringing.retry);
        QVERIFY(!ringing.local);

        const SipCode &busy = *result.catalog->find(486);
        QVERIFY(busy.isFinal());
        QCOMPARE(busy.dialog->effect, DialogEffect::Transaction);
        QVERIFY(busy.dialog->note.isEmpty());
        QCOMPARE(busy.methods->never, QStringList{u"CANCEL"_s});
        QVERIFY(busy.methods->only.isEmpty());
        QCOMPARE(busy.retry->text.englishText(), u"later, or elsewhere"_s);
        QCOMPARE(busy.retry->reference.section, u"21.4.24"_s);
        QCOMPARE(busy.local->reference.rfc, 3261);
        QVERIFY(result.catalog->find(100)->dialog);
        QVERIFY(!result.catalog->find(100)->isFinal());

        QCOMPARE(dialogEffectName(DialogEffect::Usage), u"usage");
        QCOMPARE(dialogEffectName(DialogEffect::Dialog), u"dialog");
    }

    // An older edited catalog without behaviour fields still loads.
    void formatOneNeedsNoBehaviour()
    {
        QJsonObject root = validCatalog();
        root[u"format"_s] = 1;
        QJsonArray classes = root[u"classes"_s].toArray();
        for (qsizetype i = 0; i < classes.size(); ++i) {
            QJsonObject codeClass = classes[i].toObject();
            QJsonArray codes = codeClass[u"codes"_s].toArray();
            for (qsizetype j = 0; j < codes.size(); ++j) {
                QJsonObject code = codes[j].toObject();
                for (const QString &field : {u"dialog"_s, u"methods"_s, u"retry"_s, u"local"_s})
                    code.remove(field);
                codes[j] = code;
            }
            codeClass[u"codes"_s] = codes;
            classes[i] = codeClass;
        }
        root[u"classes"_s] = classes;
        const CatalogLoader::Result result = CatalogLoader::loadData(serialize(root), u"old.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.catalog->find(486)->dialog);
        QVERIFY(!result.catalog->find(486)->retry);
    }

    void missingFileIsReported()
    {
        const CatalogLoader::Result result = CatalogLoader::loadFile(u":/no/such/catalog.json"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(u":/no/such/catalog.json: cannot be read"_s), qPrintable(result.error));
    }

    // loadFile() names the file by its absolute path, reads no more than its limit, and says
    // plainly when the file is not a catalog at all.
    void fileProblems_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        // Relative paths are resolved against the working directory; the message shows the result.
        QTest::newRow("missing, relative")
            << u"no-such-dir/catalog.json"_s
            << QDir::current().absoluteFilePath(u"no-such-dir/catalog.json"_s) + u": cannot be read: "_s;
        QTest::newRow("folder") << QDir::tempPath() << QDir::tempPath() + u": is a folder, not a catalog file"_s;
        QTest::newRow("/dev/zero") << u"/dev/zero"_s
                                   << u"/dev/zero: larger than 16 MiB, far more than a catalog holds; not read"_s;
    }

    void fileProblems()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        if (path.startsWith(u"/dev/"_s) && !QFileInfo::exists(path))
            QSKIP("no such device here");
        const CatalogLoader::Result result = CatalogLoader::loadFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(expected), qPrintable(u"expected \"%1\", got \"%2\""_s.arg(expected, result.error)));
    }

    void fileContents_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected"); // after the absolute path; empty: loads
        QTest::newRow("a valid catalog") << serialize(validCatalog()) << QString();
        QTest::newRow("one byte over the limit")
            << QByteArray(CatalogLoader::MaximumFileSize + 1, ' ')
            << u": larger than 16 MiB, far more than a catalog holds; not read"_s;
        QTest::newRow("NUL bytes") << QByteArray("{\"format\": 2,\0\0\0", 16)
                                   << u": a NUL byte at byte 13: this is binary data, not a JSON catalog"_s;
        QTest::newRow("a PNG image")
            << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
            << u": a NUL byte at byte 8: this is binary data, not a JSON catalog"_s;
        QTest::newRow("Latin-1 text") << QByteArray("{\"name\": \"Gr\xfc\xdf Gott\"}")
                                      << u": not UTF-8 text: invalid byte 0xfc at byte 12"_s;
        QTest::newRow("empty file") << QByteArray() << u": not valid JSON at byte 0"_s;
    }

    void fileContents()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, u"catalog.json"_s, data);
        const CatalogLoader::Result result = CatalogLoader::loadFile(path);
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            return;
        }
        QVERIFY(!result.ok());
        const QString absolute = QFileInfo(path).absoluteFilePath();
        QVERIFY2(result.error.startsWith(absolute + expected),
                 qPrintable(u"expected \"%1%2\", got \"%3\""_s.arg(absolute, expected, result.error)));
    }

    // Every message of a file names it by its whole path, down to the entry and field.
    void fileMessagesNameTheWholePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject root = validCatalog();
        onCode(1, 0, [](QJsonObject &c) { c.remove(u"dialog"_s); })(root);
        const QString path = writeFile(dir, u"edited.json"_s, serialize(root));
        const CatalogLoader::Result result = CatalogLoader::loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, QFileInfo(path).absoluteFilePath()
                                   + u": classes[1] (4xx).codes[0] (code 486): field \"dialog\": missing"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        const auto mutated = [](const Mutation &change) {
            QJsonObject root = validCatalog();
            change(root);
            return serialize(root);
        };
        const QString firstCode = u"bad.json: classes[0] (1xx).codes[0] (code 180)"_s;

        QTest::newRow("not JSON") << QByteArray("SIP/2.0 486 Busy Here")
                                  << u"bad.json: not valid JSON at byte"_s;
        QTest::newRow("truncated") << serialize(validCatalog()).left(300)
                                   << u"bad.json: not valid JSON at byte"_s;
        QTest::newRow("empty file") << QByteArray() << u"bad.json: not valid JSON"_s;
        QTest::newRow("invalid UTF-8")
            << serialize(validCatalog()).replace("Ringing", "Ring\xff\xfeing")
            << u"bad.json: not UTF-8 text: invalid byte 0xff at byte"_s;
        QTest::newRow("overlong UTF-8") << QByteArray("{\"a\": \"\xc0\x80\"}")
                                        << u"bad.json: not UTF-8 text: invalid byte 0xc0 at byte 7"_s;
        QTest::newRow("UTF-8 surrogate") << QByteArray("{\"a\": \"\xed\xa0\x80\"}")
                                         << u"bad.json: not UTF-8 text: invalid byte 0xed at byte 7"_s;
        QTest::newRow("UTF-8 cut short") << QByteArray("{\"a\": \"\xe4\xb8")
                                         << u"bad.json: not UTF-8 text: invalid byte 0xe4 at byte 7"_s;
        QTest::newRow("NUL byte") << QByteArray("{\0}", 3)
                                  << u"bad.json: a NUL byte at byte 1: this is binary data, not a JSON catalog"_s;
        QTest::newRow("top level array") << QByteArray("[]")
                                         << u"bad.json: the top level must be a JSON object"_s;
        QTest::newRow("wrong format") << mutated([](QJsonObject &r) { r[u"format"_s] = 4; })
                                      << u"bad.json: field \"format\": 4 is outside 1 to 3"_s;
        QTest::newRow("no classes") << mutated([](QJsonObject &r) { r.remove(u"classes"_s); })
                                    << u"bad.json: field \"classes\": missing"_s;
        QTest::newRow("unknown top field")
            << mutated([](QJsonObject &r) { r[u"extra"_s] = 1; })
            << u"bad.json: field \"extra\": unknown field"_s;
        QTest::newRow("missing summary")
            << mutated(onCode(0, 0, [](QJsonObject &c) { c.remove(u"summary"_s); }))
            << firstCode + u": field \"summary\": missing"_s;
        QTest::newRow("summary is a string")
            << mutated(onCode(0, 0, [](QJsonObject &c) { c[u"summary"_s] = u"alerting"_s; }))
            << firstCode + u": field \"summary\": expected an object, found a string"_s;
        QTest::newRow("no English text")
            << mutated(onCode(0, 0, [](QJsonObject &c) {
                   c[u"summary"_s] = QJsonObject{{u"nl"_s, u"belt"_s}};
               }))
            << firstCode + u": field \"summary\": no English (en) text"_s;
        QTest::newRow("empty text")
            << mutated(onCode(0, 0, [](QJsonObject &c) {
                   c[u"description"_s] = QJsonObject{{u"en"_s, u"  "_s}};
               }))
            << firstCode + u": field \"description\": the en text is empty"_s;
        QTest::newRow("bad language key")
            << mutated(onCode(0, 0, [](QJsonObject &c) {
                   c[u"reason"_s] = QJsonObject{{u"en"_s, u"Ringing"_s}, {u"Dutch"_s, u"Belt"_s}};
               }))
            << firstCode + u": field \"reason\": \"Dutch\" is not a language code"_s;
        QTest::newRow("code is a string")
            << mutated(onCode(0, 0, [](QJsonObject &c) { c[u"code"_s] = u"180"_s; }))
            << u"bad.json: classes[0] (1xx).codes[0]: field \"code\": expected a whole number, found a string"_s;
        QTest::newRow("code is fractional")
            << mutated(onCode(0, 0, [](QJsonObject &c) { c[u"code"_s] = 180.5; }))
            << u"field \"code\": expected a whole number, found a number"_s;
        QTest::newRow("code below 100")
            << mutated(onCode(0, 0, [](QJsonObject &c) { c[u"code"_s] = 99; }))
            << u"field \"code\": 99 is outside 100 to 699"_s;
        QTest::newRow("code above 699")
            << mutated(onCode(1, 0, [](QJsonObject &c) { c[u"code"_s] = 700; }))
            << u"field \"code\": 700 is outside 100 to 699"_s;
        QTest::newRow("code in the wrong class")
            << mutated(onCode(1, 0, [](QJsonObject &c) { c[u"code"_s] = 503; }))
            << u"bad.json: classes[1] (4xx).codes[0] (code 503): field \"code\": 503 does not belong to class 4xx"_s;
        QTest::newRow("duplicate code")
            << mutated(onCode(1, 1, [](QJsonObject &c) { c[u"code"_s] = 486; }))
            << u"bad.json: classes[1] (4xx).codes[1] (code 486): field \"code\": 486 appears more than once"_s;
        QTest::newRow("unknown status")
            << mutated(onCode(0, 0, [](QJsonObject &c) { c[u"status"_s] = u"obsolete"_s; }))
            << firstCode + u": field \"status\": \"obsolete\" is not one of registered, deprecated, unregistered"_s;
        QTest::newRow("alias not a string")
            << mutated(onCode(0, 0, [](QJsonObject &c) { c[u"aliases"_s] = QJsonArray{1}; }))
            << firstCode + u": field \"aliases\": item 0 is not a non-empty string"_s;
        QTest::newRow("rfc missing")
            << mutated(onCode(0, 1, [](QJsonObject &c) { c.remove(u"rfc"_s); }))
            << u"bad.json: classes[0] (1xx).codes[1] (code 100): field \"rfc\": missing"_s;
        QTest::newRow("code entry not an object")
            << mutated([](QJsonObject &r) {
                   QJsonArray classes = r[u"classes"_s].toArray();
                   QJsonObject first = classes[0].toObject();
                   first[u"codes"_s] = QJsonArray{42};
                   classes[0] = first;
                   r[u"classes"_s] = classes;
               })
            << u"bad.json: classes[0] (1xx).codes[0]: expected an object, found a number"_s;
        QTest::newRow("related code not in the catalog")
            << mutated(onCode(1, 0, [](QJsonObject &c) {
                   c[u"related"_s] = QJsonArray{QJsonObject{{u"code"_s, 600}, {u"note"_s, QJsonObject{{u"en"_s, u"n"_s}}}}};
               }))
            << u"bad.json: code 486: field \"related\": 600 is not another code of the catalog"_s;
        QTest::newRow("related note missing")
            << mutated(onCode(1, 0, [](QJsonObject &c) {
                   c[u"related"_s] = QJsonArray{QJsonObject{{u"code"_s, 409}}};
               }))
            << u"(code 486): field \"related\" item 0: field \"note\": missing"_s;
        QTest::newRow("header strength unknown")
            << mutated(onCode(1, 0, [](QJsonObject &c) {
                   c[u"headers"_s] = QJsonArray{QJsonObject{{u"field"_s, u"Retry-After"_s}, {u"strength"_s, u"OUGHT"_s},
                                                            {u"rfc"_s, 3261}, {u"section"_s, u"20.33"_s},
                                                            {u"note"_s, QJsonObject{{u"en"_s, u"n"_s}}}}};
               }))
            << u"field \"headers\" item 0: field \"strength\": \"OUGHT\" is not one of MUST"_s;
        QTest::newRow("practice item without English")
            << mutated(onCode(1, 0, [](QJsonObject &c) {
                   c[u"practice"_s] = QJsonArray{QJsonObject{{u"nl"_s, u"x"_s}}};
               }))
            << u"(code 486): field \"practice[0]\": no English (en) text"_s;
        // The other registries and the mappings (format 3).
        const auto vocabulary = [](const QStringList &path, std::function<void(QJsonObject &)> edit) {
            QJsonObject root = vocabularyCatalog();
            change(root, path, edit);
            return serialize(root);
        };
        QTest::newRow("format 3 without causes")
            << vocabulary({}, [](QJsonObject &r) { r.remove(u"causes"_s); }) << u"bad.json: field \"causes\": missing"_s;
        QTest::newRow("warn-code outside its class")
            << vocabulary({u"warnings"_s, u"classes"_s, u"0"_s, u"codes"_s, u"0"_s},
                          [](QJsonObject &c) { c[u"code"_s] = 399; })
            << u"bad.json: field \"warnings\": field \"classes\" item 0: field \"codes\" item 0: field \"code\": 399 is outside the class, 370 to 379"_s;
        QTest::newRow("warn-code not three digits")
            << vocabulary({u"warnings"_s, u"classes"_s, u"0"_s, u"codes"_s, u"0"_s},
                          [](QJsonObject &c) { c[u"code"_s] = 3700; })
            << u"field \"code\": 3700 is outside 300 to 399"_s;
        QTest::newRow("cause above Q.850's range")
            << vocabulary({u"causes"_s, u"classes"_s, u"0"_s}, [](QJsonObject &c) { c[u"last"_s] = 128; })
            << u"bad.json: field \"causes\": field \"classes\" item 0: field \"last\": 128 is outside 0 to 127"_s;
        QTest::newRow("cause twice")
            << vocabulary({u"causes"_s, u"classes"_s, u"1"_s, u"codes"_s, u"0"_s}, [](QJsonObject &c) { c[u"code"_s] = 17; })
            << u"field \"codes\" item 0: field \"code\": 17 appears more than once"_s;
        QTest::newRow("PBX name not an identifier")
            << vocabulary({u"causes"_s, u"classes"_s, u"0"_s, u"codes"_s, u"0"_s, u"pbx"_s, u"0"_s},
                          [](QJsonObject &n) { n[u"name"_s] = u"user busy"_s; })
            << u"field \"pbx\" item 0: field \"name\": \"user busy\" is not an identifier such as USER_BUSY"_s;
        QTest::newRow("PBX cause without its PBX")
            << vocabulary({u"causes"_s, u"classes"_s, u"1"_s, u"codes"_s, u"0"_s}, [](QJsonObject &c) { c.remove(u"pbx"_s); })
            << u"field \"codes\" item 0: field \"pbx\": a cause of the PBXs' own needs the names they give it"_s;
        QTest::newRow("Reason protocol cause kind unknown")
            << vocabulary({u"reasonProtocols"_s, u"protocols"_s, u"0"_s}, [](QJsonObject &p) { p[u"causes"_s] = u"isup"_s; })
            << u"field \"protocols\" item 0: field \"causes\": \"isup\" is not one of response, q850, preemption, other"_s;
        QTest::newRow("mapping to a response the catalog lacks")
            << vocabulary({u"mappings"_s, u"rows"_s, u"0"_s}, [](QJsonObject &r) { r[u"sip"_s] = 487; })
            << u"bad.json: field \"mappings\": field \"rows\" item 0: field \"sip\": 487 is not a response code of the catalog"_s;
        QTest::newRow("mapping from a cause the catalog lacks")
            << vocabulary({u"mappings"_s, u"rows"_s, u"0"_s}, [](QJsonObject &r) { r[u"cause"_s] = 41; })
            << u"field \"rows\" item 0: field \"cause\": 41 is not a cause of the catalog"_s;
        QTest::newRow("mapping of a source without its table")
            << vocabulary({u"mappings"_s, u"rows"_s, u"0"_s}, [](QJsonObject &r) { r[u"source"_s] = u"Asterisk"_s; })
            << u"field \"rows\" item 0: field \"source\": Asterisk has no table in this direction"_s;
        QTest::newRow("mapping direction unknown")
            << vocabulary({u"mappings"_s, u"rows"_s, u"0"_s}, [](QJsonObject &r) { r[u"direction"_s] = u"both"_s; })
            << u"field \"direction\": \"both\" is not cause-to-sip or sip-to-cause"_s;
        QTest::newRow("default range reversed")
            << vocabulary({u"mappings"_s, u"defaults"_s, u"0"_s},
                          [](QJsonObject &d) { d[u"sipRange"_s] = QJsonArray{499, 400}; })
            << u"field \"sipRange\": expected [first, last], two response codes in order"_s;
        // Behaviour fields.
        const QString busy = u"bad.json: classes[1] (4xx).codes[0] (code 486)"_s;
        QTest::newRow("dialog missing")
            << mutated(onCode(1, 0, [](QJsonObject &c) { c.remove(u"dialog"_s); }))
            << busy + u": field \"dialog\": missing"_s;
        QTest::newRow("dialog is a string")
            << mutated(onCode(1, 0, [](QJsonObject &c) { c[u"dialog"_s] = u"transaction"_s; }))
            << busy + u": field \"dialog\": expected an object, found a string"_s;
        QTest::newRow("dialog effect unknown")
            << mutated(onCodeField(1, 0, u"dialog"_s, [](QJsonObject &d) { d[u"effect"_s] = u"session"_s; }))
            << busy + u": field \"dialog\": field \"effect\": \"session\" is not one of creates, transaction, usage, dialog"_s;
        QTest::newRow("dialog effect missing")
            << mutated(onCodeField(1, 0, u"dialog"_s, [](QJsonObject &d) { d.remove(u"effect"_s); }))
            << busy + u": field \"dialog\": field \"effect\": missing"_s;
        QTest::newRow("a 4xx creating a dialog")
            << mutated(onCodeField(1, 0, u"dialog"_s, [](QJsonObject &d) { d[u"effect"_s] = u"creates"_s; }))
            << busy + u": field \"dialog\": field \"effect\": 486 cannot create a dialog; only 101 to 299 can"_s;
        QTest::newRow("100 creating a dialog")
            << mutated(onCodeField(0, 1, u"dialog"_s, [](QJsonObject &d) { d[u"effect"_s] = u"creates"_s; }))
            << u"(code 100): field \"dialog\": field \"effect\": 100 cannot create a dialog"_s;
        QTest::newRow("dialog rfc missing")
            << mutated(onCodeField(1, 0, u"dialog"_s, [](QJsonObject &d) { d.remove(u"rfc"_s); }))
            << busy + u": field \"dialog\": field \"rfc\": missing"_s;
        QTest::newRow("dialog section empty")
            << mutated(onCodeField(1, 0, u"dialog"_s, [](QJsonObject &d) { d[u"section"_s] = u" "_s; }))
            << busy + u": field \"dialog\": field \"section\": empty text"_s;
        QTest::newRow("dialog note without English")
            << mutated(onCodeField(1, 0, u"dialog"_s, [](QJsonObject &d) {
                   d[u"note"_s] = QJsonObject{{u"nl"_s, u"alleen de transactie"_s}};
               }))
            << busy + u": field \"dialog\": field \"note\": no English (en) text"_s;
        QTest::newRow("dialog unknown field")
            << mutated(onCodeField(1, 0, u"dialog"_s, [](QJsonObject &d) { d[u"final"_s] = true; }))
            << busy + u": field \"dialog\": field \"final\": unknown field"_s;
        QTest::newRow("final stored")
            << mutated(onCode(1, 0, [](QJsonObject &c) { c[u"final"_s] = true; }))
            << busy + u": field \"final\": unknown field"_s;
        QTest::newRow("methods without a list")
            << mutated(onCodeField(1, 0, u"methods"_s, [](QJsonObject &m) { m.remove(u"never"_s); }))
            << busy + u": field \"methods\": needs \"only\", \"never\" or both"_s;
        QTest::newRow("methods empty list")
            << mutated(onCodeField(1, 0, u"methods"_s, [](QJsonObject &m) { m[u"only"_s] = QJsonArray{}; }))
            << busy + u": field \"methods\": field \"only\": an empty list; leave the field out instead"_s;
        QTest::newRow("method in lower case")
            << mutated(onCodeField(1, 0, u"methods"_s, [](QJsonObject &m) { m[u"never"_s] = QJsonArray{u"cancel"_s}; }))
            << busy + u": field \"methods\": field \"never\": \"cancel\" is not a method name in capitals such as INVITE"_s;
        QTest::newRow("method not a string")
            << mutated(onCodeField(1, 0, u"methods"_s, [](QJsonObject &m) { m[u"never"_s] = QJsonArray{7}; }))
            << busy + u": field \"methods\": field \"never\": item 0 is not a non-empty string"_s;
        QTest::newRow("method twice")
            << mutated(onCodeField(1, 0, u"methods"_s, [](QJsonObject &m) {
                   m[u"never"_s] = QJsonArray{u"CANCEL"_s, u"ACK"_s, u"CANCEL"_s};
               }))
            << busy + u": field \"methods\": field \"never\": CANCEL is listed twice"_s;
        QTest::newRow("method in only and never")
            << mutated(onCodeField(1, 0, u"methods"_s, [](QJsonObject &m) {
                   m[u"only"_s] = QJsonArray{u"INVITE"_s, u"CANCEL"_s};
               }))
            << busy + u": field \"methods\": field \"never\": CANCEL is also in \"only\""_s;
        QTest::newRow("methods section missing")
            << mutated(onCodeField(1, 0, u"methods"_s, [](QJsonObject &m) { m.remove(u"section"_s); }))
            << busy + u": field \"methods\": field \"section\": missing"_s;
        QTest::newRow("methods unknown field")
            << mutated(onCodeField(1, 0, u"methods"_s, [](QJsonObject &m) { m[u"always"_s] = QJsonArray{u"INVITE"_s}; }))
            << busy + u": field \"methods\": field \"always\": unknown field"_s;
        QTest::newRow("retry without text")
            << mutated(onCodeField(1, 0, u"retry"_s, [](QJsonObject &r) { r.remove(u"text"_s); }))
            << busy + u": field \"retry\": field \"text\": missing"_s;
        QTest::newRow("retry text is a string")
            << mutated(onCodeField(1, 0, u"retry"_s, [](QJsonObject &r) { r[u"text"_s] = u"later"_s; }))
            << busy + u": field \"retry\": field \"text\": expected an object, found a string"_s;
        QTest::newRow("retry rfc out of range")
            << mutated(onCodeField(1, 0, u"retry"_s, [](QJsonObject &r) { r[u"rfc"_s] = 0; }))
            << busy + u": field \"retry\": field \"rfc\": 0 is outside 1 to 99999"_s;
        QTest::newRow("retry unknown field")
            << mutated(onCodeField(1, 0, u"retry"_s, [](QJsonObject &r) { r[u"note"_s] = english(u"n"_s); }))
            << busy + u": field \"retry\": field \"note\": unknown field"_s;
        QTest::newRow("local is an array")
            << mutated(onCode(1, 0, [](QJsonObject &c) { c[u"local"_s] = QJsonArray{}; }))
            << busy + u": field \"local\": expected an object, found an array"_s;
        QTest::newRow("local text empty")
            << mutated(onCodeField(1, 0, u"local"_s, [](QJsonObject &l) { l[u"text"_s] = english(u""_s); }))
            << busy + u": field \"local\": field \"text\": the en text is empty"_s;
        QTest::newRow("local section is a number")
            << mutated(onCodeField(1, 0, u"local"_s, [](QJsonObject &l) { l[u"section"_s] = 8.1; }))
            << busy + u": field \"local\": field \"section\": expected a string, found a number"_s;
        QTest::newRow("class without codes")
            << mutated([](QJsonObject &r) {
                   QJsonArray classes = r[u"classes"_s].toArray();
                   QJsonObject empty = classes[0].toObject();
                   empty[u"class"_s] = 2;
                   empty[u"codes"_s] = QJsonArray{};
                   classes.append(empty);
                   r[u"classes"_s] = classes;
               })
            << u"bad.json: classes[2]: field \"codes\": a class needs at least one code"_s;
        QTest::newRow("duplicate class")
            << mutated([](QJsonObject &r) {
                   QJsonArray classes = r[u"classes"_s].toArray();
                   QJsonObject copy = classes[0].toObject();
                   QJsonObject code = copy[u"codes"_s].toArray()[0].toObject();
                   code[u"code"_s] = 181;
                   copy[u"codes"_s] = QJsonArray{code};
                   classes.append(copy);
                   r[u"classes"_s] = classes;
               })
            << u"bad.json: classes[2]: field \"class\": class 1xx appears more than once"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const CatalogLoader::Result result = CatalogLoader::loadData(json, u"bad.json"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(expected) || result.error.contains(expected),
                 qPrintable(u"expected \"%1\", got \"%2\""_s.arg(expected, result.error)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
