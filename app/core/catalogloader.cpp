#include "catalogloader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Thrown inside the loader only, to unwind from any depth to loadData() with one message.
struct LoadError
{
    QString message;
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

// Walks one JSON object and knows where it is, so that every complaint names its place.
class Entry final
{
public:
    Entry(QJsonObject object, QString where) : m_object(std::move(object)), m_where(std::move(where)) {}

    [[noreturn]] void fail(const QString &field, const QString &problem) const
    {
        throw LoadError{field.isEmpty() ? u"%1: %2"_s.arg(m_where, problem)
                                        : u"%1: field \"%2\": %3"_s.arg(m_where, field, problem)};
    }

    void allowOnly(std::initializer_list<QStringView> fields) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (std::find(fields.begin(), fields.end(), it.key()) == fields.end())
                fail(it.key(), u"unknown field"_s);
        }
    }

    QJsonValue require(const QString &field) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            fail(field, u"missing"_s);
        return value;
    }

    int integer(const QString &field, int minimum, int maximum) const
    {
        const QJsonValue value = require(field);
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number))
            fail(field, u"expected a whole number, found %1"_s.arg(typeName(value)));
        if (number < minimum || number > maximum)
            fail(field, u"%1 is outside %2 to %3"_s.arg(value.toVariant().toString()).arg(minimum).arg(maximum));
        return int(number);
    }

    QString string(const QString &field) const
    {
        const QJsonValue value = require(field);
        if (!value.isString())
            fail(field, u"expected a string, found %1"_s.arg(typeName(value)));
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            fail(field, u"empty text"_s);
        return text;
    }

    QJsonArray array(const QString &field) const
    {
        const QJsonValue value = require(field);
        if (!value.isArray())
            fail(field, u"expected an array, found %1"_s.arg(typeName(value)));
        return value.toArray();
    }

    QJsonObject object(const QString &field) const
    {
        const QJsonValue value = require(field);
        if (!value.isObject())
            fail(field, u"expected an object, found %1"_s.arg(typeName(value)));
        return value.toObject();
    }

    // An object of texts by language; English must be there, and no text may be empty.
    LocalizedText localized(const QString &field) const
    {
        static const QRegularExpression languagePattern(u"^[a-z]{2}(_[A-Z]{2})?$"_s);
        const QJsonObject texts = object(field);
        LocalizedText result;
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (!languagePattern.match(it.key()).hasMatch())
                fail(field, u"\"%1\" is not a language code such as en or zh_CN"_s.arg(it.key()));
            if (!it->isString())
                fail(field, u"the %1 text is %2, not a string"_s.arg(it.key(), typeName(*it)));
            const QString text = it->toString().trimmed();
            if (text.isEmpty())
                fail(field, u"the %1 text is empty"_s.arg(it.key()));
            result.set(it.key(), text);
        }
        if (!result.has(LocalizedText::english().toString()))
            fail(field, u"no English (en) text"_s);
        return result;
    }

    QStringList strings(const QString &field) const
    {
        const QJsonArray values = array(field);
        QStringList result;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString text = values.at(i).toString().trimmed();
            if (!values.at(i).isString() || text.isEmpty())
                fail(field, u"item %1 is not a non-empty string"_s.arg(i));
            result.append(text);
        }
        return result;
    }

    bool has(const QString &field) const { return m_object.contains(field); }

    // An optional array of objects, each read by `read` as an Entry of its own.
    template <typename Read>
    void forEachObject(const QString &field, Read read) const
    {
        if (!has(field))
            return;
        const QJsonArray items = array(field);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString where = u"%1: field \"%2\" item %3"_s.arg(m_where, field).arg(i);
            if (!items.at(i).isObject())
                throw LoadError{u"%1: expected an object, found %2"_s.arg(where, typeName(items.at(i)))};
            read(Entry(items.at(i).toObject(), where));
        }
    }

    const QString &where() const { return m_where; }

private:
    QJsonObject m_object;
    QString m_where;
};

CodeStatus parseStatus(const Entry &entry)
{
    const QString status = entry.string(u"status"_s);
    if (status == u"registered")
        return CodeStatus::Registered;
    if (status == u"deprecated")
        return CodeStatus::Deprecated;
    if (status == u"unregistered")
        return CodeStatus::Unregistered;
    entry.fail(u"status"_s,
               u"\"%1\" is not one of registered, deprecated, unregistered"_s.arg(status));
}

QJsonObject objectAt(const QJsonArray &array, qsizetype index, const QString &where)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        throw LoadError{u"%1: expected an object, found %2"_s.arg(where, typeName(value))};
    return value.toObject();
}

SipCode parseCode(const Entry &entry, int classDigit)
{
    entry.allowOnly({u"code", u"reason", u"summary", u"description", u"rfc", u"section",
                     u"status", u"aliases", u"related", u"headers", u"practice"});
    SipCode code;
    code.code = entry.integer(u"code"_s, CatalogLoader::MinimumCode, CatalogLoader::MaximumCode);
    if (code.classDigit() != classDigit)
        entry.fail(u"code"_s, u"%1 does not belong to class %2xx"_s.arg(code.code).arg(classDigit));
    code.reason = entry.localized(u"reason"_s);
    code.summary = entry.localized(u"summary"_s);
    code.description = entry.localized(u"description"_s);
    code.rfc = entry.integer(u"rfc"_s, 1, 99999);
    code.section = entry.string(u"section"_s);
    code.status = parseStatus(entry);
    code.aliases = entry.strings(u"aliases"_s);
    entry.forEachObject(u"related"_s, [&](const Entry &item) {
        item.allowOnly({u"code", u"note"});
        code.related.append({item.integer(u"code"_s, CatalogLoader::MinimumCode, CatalogLoader::MaximumCode),
                             item.localized(u"note"_s)});
    });
    entry.forEachObject(u"headers"_s, [&](const Entry &item) {
        static const QStringList strengths{u"MUST"_s, u"MUST NOT"_s, u"SHOULD"_s, u"SHOULD NOT"_s, u"MAY"_s};
        item.allowOnly({u"field", u"strength", u"rfc", u"section", u"note"});
        HeaderRule rule{item.string(u"field"_s), item.string(u"strength"_s), item.integer(u"rfc"_s, 1, 99999),
                        item.string(u"section"_s), item.localized(u"note"_s)};
        if (!strengths.contains(rule.strength))
            item.fail(u"strength"_s, u"\"%1\" is not one of %2"_s.arg(rule.strength, strengths.join(u", "_s)));
        code.headers.append(rule);
    });
    if (entry.has(u"practice"_s)) {
        const QJsonArray items = entry.array(u"practice"_s);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString field = u"practice[%1]"_s.arg(i);
            const Entry wrapper(QJsonObject{{field, items.at(i)}}, entry.where());
            code.practice.append(wrapper.localized(field));
        }
    }
    return code;
}

CodeClass parseClass(const Entry &entry, const QString &sourceName, qsizetype classIndex,
                     QSet<int> &seenCodes, CatalogLoader::Rules rules)
{
    entry.allowOnly({u"class", u"name", u"summary", u"description", u"rfc", u"section", u"codes"});
    CodeClass codeClass;
    codeClass.digit = entry.integer(u"class"_s, CatalogLoader::MinimumCode / 100,
                                    CatalogLoader::MaximumCode / 100);
    codeClass.name = entry.localized(u"name"_s);
    codeClass.summary = entry.localized(u"summary"_s);
    codeClass.description = entry.localized(u"description"_s);
    codeClass.rfc = entry.integer(u"rfc"_s, 1, 99999);
    codeClass.section = entry.string(u"section"_s);

    const QJsonArray codes = entry.array(u"codes"_s);
    if (codes.isEmpty())
        entry.fail(u"codes"_s, u"a class needs at least one code"_s);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QString where = u"%1: classes[%2] (%3).codes[%4]"_s.arg(sourceName).arg(classIndex)
                            .arg(codeClass.label()).arg(i);
        const QJsonObject object = objectAt(codes, i, where);
        const QJsonValue number = object.value(u"code"_s);
        if (number.isDouble())
            where += u" (code %1)"_s.arg(number.toVariant().toString());
        SipCode code = parseCode(Entry(object, where), codeClass.digit);
        if (rules.uniqueCodes && seenCodes.contains(code.code))
            throw LoadError{u"%1: field \"code\": %2 appears more than once"_s.arg(where).arg(code.code)};
        seenCodes.insert(code.code);
        codeClass.codes.push_back(std::move(code));
    }
    std::sort(codeClass.codes.begin(), codeClass.codes.end(),
              [](const SipCode &a, const SipCode &b) { return a.code < b.code; });
    return codeClass;
}

// A JSON object whose keys are whole numbers, as "17": value.
template <typename Read>
void forEachNumberKey(const Entry &entry, const QString &field, int minimum, int maximum, Read read)
{
    const QJsonObject object = entry.object(field);
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const int key = it.key().toInt(&ok);
        if (!ok || key < minimum || key > maximum)
            entry.fail(field, u"key \"%1\" is not a number from %2 to %3"_s.arg(it.key()).arg(minimum).arg(maximum));
        read(key, *it);
    }
}

Q850Mapping parseQ850(const Entry &entry, const QString &sourceName, const QSet<int> &codes)
{
    constexpr int MaximumCause = 127;
    entry.allowOnly({u"causeToResponse", u"responseToCause", u"causeNames"});
    Q850Mapping mapping;
    const auto responseCode = [&](const QString &field, const QJsonValue &value) {
        const int code = value.toInt(-1);
        if (!value.isDouble() || !codes.contains(code))
            entry.fail(field, u"%1 is not a code of the catalog"_s.arg(value.toVariant().toString()));
        return code;
    };
    forEachNumberKey(entry, u"causeToResponse"_s, 1, MaximumCause, [&](int cause, const QJsonValue &value) {
        const QJsonArray responses = value.toArray();
        if (!value.isArray() || responses.isEmpty())
            entry.fail(u"causeToResponse"_s, u"cause %1 needs an array of codes"_s.arg(cause));
        for (const QJsonValue &response : responses)
            mapping.causeToResponse[cause].append(responseCode(u"causeToResponse"_s, response));
    });
    forEachNumberKey(entry, u"responseToCause"_s, CatalogLoader::MinimumCode, CatalogLoader::MaximumCode,
                     [&](int code, const QJsonValue &value) {
        const int cause = value.toInt(-1);
        if (!value.isDouble() || cause < 1 || cause > MaximumCause)
            entry.fail(u"responseToCause"_s, u"the cause for %1 is not a number from 1 to %2"_s.arg(code).arg(MaximumCause));
        if (!codes.contains(code))
            entry.fail(u"responseToCause"_s, u"%1 is not a code of the catalog"_s.arg(code));
        mapping.responseToCause.insert(code, cause);
    });
    forEachNumberKey(entry, u"causeNames"_s, 1, MaximumCause, [&](int cause, const QJsonValue &value) {
        const Entry wrapper(QJsonObject{{u"name"_s, value}}, u"%1: q850: causeNames %2"_s.arg(sourceName).arg(cause));
        mapping.causeNames.insert(cause, wrapper.localized(u"name"_s));
    });
    const QList<int> named = mapping.causeNames.keys();
    const QList<int> mentioned = mapping.causeToResponse.keys() + mapping.responseToCause.values();
    for (const int cause : mentioned) {
        if (!named.contains(cause))
            entry.fail(u"causeNames"_s, u"cause %1 has no name"_s.arg(cause));
    }
    return mapping;
}

// Related codes must point into the catalog; checked once every code is known.
void checkRelated(const std::vector<CodeClass> &classes, const QSet<int> &codes, const QString &sourceName)
{
    for (const CodeClass &codeClass : classes) {
        for (const SipCode &code : codeClass.codes) {
            for (const RelatedCode &related : code.related) {
                if (!codes.contains(related.code) || related.code == code.code)
                    throw LoadError{u"%1: code %2: field \"related\": %3 is not another code of the catalog"_s
                                        .arg(sourceName).arg(code.code).arg(related.code)};
            }
        }
    }
}

Catalog parseCatalog(const QJsonObject &root, const QString &sourceName, CatalogLoader::Rules rules)
{
    const Entry top(root, sourceName);
    top.allowOnly({u"format", u"registry", u"classes", u"q850"});
    top.integer(u"format"_s, 1, 1);
    const Entry registry(top.object(u"registry"_s), sourceName + u": registry"_s);
    registry.allowOnly({u"name", u"checked"});
    const QString registryName = registry.string(u"name"_s);
    const QString registryChecked = registry.string(u"checked"_s);

    const QJsonArray classValues = top.array(u"classes"_s);
    if (classValues.isEmpty())
        top.fail(u"classes"_s, u"no classes"_s);
    std::vector<CodeClass> classes;
    QSet<int> seenCodes;
    QSet<int> seenClasses;
    for (qsizetype i = 0; i < classValues.size(); ++i) {
        const QString where = u"%1: classes[%2]"_s.arg(sourceName).arg(i);
        const Entry entry(objectAt(classValues, i, where), where);
        CodeClass codeClass = parseClass(entry, sourceName, i, seenCodes, rules);
        if (seenClasses.contains(codeClass.digit))
            entry.fail(u"class"_s, u"class %1 appears more than once"_s.arg(codeClass.label()));
        seenClasses.insert(codeClass.digit);
        classes.push_back(std::move(codeClass));
    }
    std::sort(classes.begin(), classes.end(),
              [](const CodeClass &a, const CodeClass &b) { return a.digit < b.digit; });
    checkRelated(classes, seenCodes, sourceName);
    Q850Mapping q850;
    if (top.has(u"q850"_s))
        q850 = parseQ850(Entry(top.object(u"q850"_s), sourceName + u": q850"_s), sourceName, seenCodes);
    return Catalog(std::move(classes), registryName, registryChecked, std::move(q850));
}

} // namespace

CatalogLoader::Result CatalogLoader::loadFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, u"%1: cannot be read: %2"_s.arg(name, file.errorString())};
    return loadData(file.readAll(), name);
}

CatalogLoader::Result CatalogLoader::loadData(const QByteArray &json, const QString &sourceName,
                                              Rules rules)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {std::nullopt, u"%1: not valid JSON at byte %2: %3"_s.arg(sourceName)
                                  .arg(parseError.offset).arg(parseError.errorString())};
    }
    if (!document.isObject())
        return {std::nullopt, u"%1: the top level must be a JSON object"_s.arg(sourceName)};
    try {
        return {parseCatalog(document.object(), sourceName, rules), {}};
    } catch (const LoadError &error) {
        return {std::nullopt, error.message};
    }
}
