#include "catalogloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A small catalog that is valid; each malformed case below breaks one thing in it.
QJsonObject validCatalog()
{
    const char *json = R"({
      "format": 1,
      "registry": { "name": "Test registry", "checked": "2026-01-01" },
      "classes": [
        { "class": 1, "name": { "en": "Provisional" }, "summary": { "en": "still working" },
          "description": { "en": "Provisional responses." }, "rfc": 3261, "section": "21.1",
          "codes": [
            { "code": 180, "reason": { "en": "Ringing" }, "summary": { "en": "alerting" },
              "description": { "en": "The UA is alerting." }, "rfc": 3261, "section": "21.1.2",
              "status": "registered", "aliases": [] },
            { "code": 100, "reason": { "en": "Trying" }, "summary": { "en": "received" },
              "description": { "en": "Next hop has it." }, "rfc": 3261, "section": "21.1.1",
              "status": "registered", "aliases": [] } ] },
        { "class": 4, "name": { "en": "Request Failure" }, "summary": { "en": "the request failed" },
          "description": { "en": "Definite failure." }, "rfc": 3261, "section": "21.4",
          "codes": [
            { "code": 486, "reason": { "en": "Busy Here", "nl": "Hier bezet" },
              "summary": { "en": "callee busy here" }, "description": { "en": "Busy." },
              "rfc": 3261, "section": "21.4.24", "status": "registered", "aliases": ["Busy"] },
            { "code": 409, "reason": { "en": "Conflict" }, "summary": { "en": "old" },
              "description": { "en": "Gone from later RFCs." }, "rfc": 2543, "section": "7.4.10",
              "status": "unregistered", "aliases": [] } ] }
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

    void validCatalogLoadsSorted()
    {
        const CatalogLoader::Result result = CatalogLoader::loadData(serialize(validCatalog()), u"t.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Catalog &catalog = *result.catalog;
        QCOMPARE(catalog.codeCount(), 4);
        QCOMPARE(catalog.classes().front().codes.front().code, 100); // filed out of order
        QVERIFY(catalog.find(486));
        QCOMPARE(catalog.find(486)->reason.text(u"nl"_s), u"Hier bezet"_s);
        QCOMPARE(catalog.find(486)->reason.text(u"zh_CN"_s), u"Busy Here"_s); // English fallback
        QCOMPARE(catalog.find(486)->aliases, QStringList{u"Busy"_s});
        QCOMPARE(catalog.find(409)->status, CodeStatus::Unregistered);
        QVERIFY(!catalog.find(487));
        QVERIFY(!catalog.find(99));
        QCOMPARE(catalog.registryChecked(), u"2026-01-01"_s);
    }

    void missingFileIsReported()
    {
        const CatalogLoader::Result result = CatalogLoader::loadFile(u":/no/such/catalog.json"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(u"catalog.json: cannot be read"_s), qPrintable(result.error));
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
            << u"bad.json: not valid JSON at byte"_s;
        QTest::newRow("top level array") << QByteArray("[]")
                                         << u"bad.json: the top level must be a JSON object"_s;
        QTest::newRow("wrong format") << mutated([](QJsonObject &r) { r[u"format"_s] = 2; })
                                      << u"bad.json: field \"format\": 2 is outside 1 to 1"_s;
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
        QTest::newRow("Q.850 cause to unknown code")
            << mutated([](QJsonObject &r) {
                   r[u"q850"_s] = QJsonObject{{u"causeToResponse"_s, QJsonObject{{u"17"_s, QJsonArray{487}}}},
                                              {u"responseToCause"_s, QJsonObject{}},
                                              {u"causeNames"_s, QJsonObject{{u"17"_s, QJsonObject{{u"en"_s, u"User busy"_s}}}}}};
               })
            << u"bad.json: q850: field \"causeToResponse\": 487 is not a code of the catalog"_s;
        QTest::newRow("Q.850 cause out of range")
            << mutated([](QJsonObject &r) {
                   r[u"q850"_s] = QJsonObject{{u"causeToResponse"_s, QJsonObject{{u"128"_s, QJsonArray{486}}}},
                                              {u"responseToCause"_s, QJsonObject{}},
                                              {u"causeNames"_s, QJsonObject{}}};
               })
            << u"bad.json: q850: field \"causeToResponse\": key \"128\" is not a number from 1 to 127"_s;
        QTest::newRow("Q.850 cause without name")
            << mutated([](QJsonObject &r) {
                   r[u"q850"_s] = QJsonObject{{u"causeToResponse"_s, QJsonObject{}},
                                              {u"responseToCause"_s, QJsonObject{{u"486"_s, 17}}},
                                              {u"causeNames"_s, QJsonObject{}}};
               })
            << u"bad.json: q850: field \"causeNames\": cause 17 has no name"_s;
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
