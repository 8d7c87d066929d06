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
                     u"status", u"aliases"});
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
    return code;
}

CodeClass parseClass(const Entry &entry, const QString &sourceName, qsizetype classIndex,
                     QSet<int> &seenCodes)
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
        if (seenCodes.contains(code.code))
            throw LoadError{u"%1: field \"code\": %2 appears more than once"_s.arg(where).arg(code.code)};
        seenCodes.insert(code.code);
        codeClass.codes.push_back(std::move(code));
    }
    std::sort(codeClass.codes.begin(), codeClass.codes.end(),
              [](const SipCode &a, const SipCode &b) { return a.code < b.code; });
    return codeClass;
}

Catalog parseCatalog(const QJsonObject &root, const QString &sourceName)
{
    const Entry top(root, sourceName);
    top.allowOnly({u"format", u"registry", u"classes"});
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
        CodeClass codeClass = parseClass(entry, sourceName, i, seenCodes);
        if (seenClasses.contains(codeClass.digit))
            entry.fail(u"class"_s, u"class %1 appears more than once"_s.arg(codeClass.label()));
        seenClasses.insert(codeClass.digit);
        classes.push_back(std::move(codeClass));
    }
    std::sort(classes.begin(), classes.end(),
              [](const CodeClass &a, const CodeClass &b) { return a.digit < b.digit; });
    return Catalog(std::move(classes), registryName, registryChecked);
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

CatalogLoader::Result CatalogLoader::loadData(const QByteArray &json, const QString &sourceName)
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
        return {parseCatalog(document.object(), sourceName), {}};
    } catch (const LoadError &error) {
        return {std::nullopt, error.message};
    }
}
