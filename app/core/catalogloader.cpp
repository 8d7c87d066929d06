#include "catalogloader.h"

#include "compiledcatalog.h"
#include "domain.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QResource>
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

    // Where a fact is defined: the "rfc" and "section" fields of this entry.
    Reference reference() const
    {
        Reference result;
        result.rfc = integer(QStringLiteral("rfc"), 1, 99999);
        result.section = string(QStringLiteral("section"));
        return result;
    }

    // An RFC and section, or a "document" with an optional "section".
    Reference anyReference() const
    {
        if (!has(QStringLiteral("document")))
            return reference();
        if (has(QStringLiteral("rfc")))
            fail(QStringLiteral("document"), QStringLiteral("give \"rfc\" or \"document\", not both"));
        Reference result;
        result.document = string(QStringLiteral("document"));
        if (has(QStringLiteral("section")))
            result.section = string(QStringLiteral("section"));
        return result;
    }

    bool boolean(const QString &field) const
    {
        const QJsonValue value = require(field);
        if (!value.isBool())
            fail(field, u"expected true or false, found %1"_s.arg(typeName(value)));
        return value.toBool();
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

    // The object in `field` as an Entry of its own, so that its complaints name the field.
    Entry child(const QString &field) const
    {
        return Entry(object(field), u"%1: field \"%2\""_s.arg(m_where, field));
    }

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

DialogRule parseDialog(const Entry &entry, int code)
{
    entry.allowOnly({u"effect", u"rfc", u"section", u"note"});
    static const QStringList names{u"creates"_s, u"transaction"_s, u"usage"_s, u"dialog"_s};
    const QString name = entry.string(u"effect"_s);
    if (!names.contains(name))
        entry.fail(u"effect"_s, u"\"%1\" is not one of %2"_s.arg(name, names.join(u", "_s)));
    DialogRule rule;
    rule.effect = DialogEffect(names.indexOf(name));
    // RFC 3261, section 12.1: only 2xx and 101-199 responses establish dialogs.
    if (rule.effect == DialogEffect::Creates && (code < 101 || code >= 300))
        entry.fail(u"effect"_s, u"%1 cannot create a dialog; only 101 to 299 can"_s.arg(code));
    rule.reference = entry.reference();
    if (entry.has(u"note"_s))
        rule.note = entry.localized(u"note"_s);
    return rule;
}

// A list of SIP method names: upper-case tokens, each once.
QStringList methodList(const Entry &entry, const QString &field)
{
    static const QRegularExpression methodPattern(u"^[A-Z][A-Z0-9-]*$"_s);
    const QStringList methods = entry.strings(field);
    if (methods.isEmpty())
        entry.fail(field, u"an empty list; leave the field out instead"_s);
    for (qsizetype i = 0; i < methods.size(); ++i) {
        if (!methodPattern.match(methods.at(i)).hasMatch())
            entry.fail(field, u"\"%1\" is not a method name in capitals such as INVITE"_s.arg(methods.at(i)));
        if (methods.indexOf(methods.at(i)) != i)
            entry.fail(field, u"%1 is listed twice"_s.arg(methods.at(i)));
    }
    return methods;
}

MethodRule parseMethods(const Entry &entry)
{
    entry.allowOnly({u"only", u"never", u"rfc", u"section", u"note"});
    MethodRule rule;
    if (!entry.has(u"only"_s) && !entry.has(u"never"_s))
        entry.fail({}, u"needs \"only\", \"never\" or both"_s);
    if (entry.has(u"only"_s))
        rule.only = methodList(entry, u"only"_s);
    if (entry.has(u"never"_s))
        rule.never = methodList(entry, u"never"_s);
    for (const QString &method : std::as_const(rule.never)) {
        if (rule.only.contains(method))
            entry.fail(u"never"_s, u"%1 is also in \"only\""_s.arg(method));
    }
    rule.reference = entry.reference();
    if (entry.has(u"note"_s))
        rule.note = entry.localized(u"note"_s);
    return rule;
}

CitedText parseCitedText(const Entry &entry)
{
    entry.allowOnly({u"text", u"rfc", u"section"});
    return {entry.localized(u"text"_s), entry.reference()};
}

// Field experience: an optional list of texts in several languages.
QList<LocalizedText> practice(const Entry &entry)
{
    QList<LocalizedText> result;
    if (!entry.has(u"practice"_s))
        return result;
    const QJsonArray items = entry.array(u"practice"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = u"practice[%1]"_s.arg(i);
        const Entry wrapper(QJsonObject{{field, items.at(i)}}, entry.where());
        result.append(wrapper.localized(field));
    }
    return result;
}

SipCode parseCode(const Entry &entry, int classDigit, bool requireDialog)
{
    entry.allowOnly({u"code", u"reason", u"summary", u"description", u"rfc", u"section",
                     u"status", u"aliases", u"related", u"headers", u"dialog", u"methods",
                     u"retry", u"local", u"practice"});
    SipCode code;
    code.code = entry.integer(u"code"_s, Domain::MinimumCode, Domain::MaximumCode);
    if (code.classDigit() != classDigit)
        entry.fail(u"code"_s, u"%1 does not belong to class %2xx"_s.arg(code.code).arg(classDigit));
    code.name = entry.localized(u"reason"_s);
    code.summary = entry.localized(u"summary"_s);
    code.description = entry.localized(u"description"_s);
    code.reference = entry.reference();
    code.status = parseStatus(entry);
    code.aliases = entry.strings(u"aliases"_s);
    entry.forEachObject(u"related"_s, [&](const Entry &item) {
        item.allowOnly({u"code", u"note"});
        code.related.append({item.integer(u"code"_s, Domain::MinimumCode, Domain::MaximumCode),
                             item.localized(u"note"_s)});
    });
    entry.forEachObject(u"headers"_s, [&](const Entry &item) {
        static const QStringList strengths{u"MUST"_s, u"MUST NOT"_s, u"SHOULD"_s, u"SHOULD NOT"_s, u"MAY"_s};
        item.allowOnly({u"field", u"strength", u"rfc", u"section", u"note"});
        HeaderRule rule{item.string(u"field"_s), item.string(u"strength"_s), item.reference(),
                        item.localized(u"note"_s)};
        if (!strengths.contains(rule.strength))
            item.fail(u"strength"_s, u"\"%1\" is not one of %2"_s.arg(rule.strength, strengths.join(u", "_s)));
        code.headers.append(rule);
    });
    code.practice = practice(entry);
    if (entry.has(u"dialog"_s) || requireDialog)
        code.dialog = parseDialog(entry.child(u"dialog"_s), code.code);
    if (entry.has(u"methods"_s))
        code.methods = parseMethods(entry.child(u"methods"_s));
    if (entry.has(u"retry"_s))
        code.retry = parseCitedText(entry.child(u"retry"_s));
    if (entry.has(u"local"_s))
        code.local = parseCitedText(entry.child(u"local"_s));
    return code;
}

CodeClass parseClass(const Entry &entry, const QString &sourceName, qsizetype classIndex,
                     QSet<int> &seenCodes, CatalogLoader::Rules rules, int format)
{
    entry.allowOnly({u"class", u"name", u"summary", u"description", u"rfc", u"section", u"codes"});
    CodeClass codeClass;
    codeClass.digit = entry.integer(u"class"_s, Domain::MinimumCode / 100,
                                    Domain::MaximumCode / 100);
    codeClass.name = entry.localized(u"name"_s);
    codeClass.summary = entry.localized(u"summary"_s);
    codeClass.description = entry.localized(u"description"_s);
    codeClass.reference = entry.reference();

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
        SipCode code = parseCode(Entry(object, where), codeClass.digit, format >= 2);
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

// The registry's name and the date it was last checked against.
void parseRegistry(const Entry &entry, Vocabulary &vocabulary)
{
    const Entry registry = entry.child(u"registry"_s);
    registry.allowOnly({u"name", u"checked"});
    vocabulary.registryName = registry.string(u"name"_s);
    vocabulary.registryChecked = registry.string(u"checked"_s);
}

// The classes of a warn-code or cause registry. `minimum` and `maximum` bound the numbers of
// the registry's own classes; a class of the PBXs' own causes (`pbxDefined`) may hold any
// number up to `pbxMaximum` that no other class holds.
template <typename ReadEntry>
std::vector<VocabularyClass> parseVocabularyClasses(const Entry &entry, int minimum, int maximum, int pbxMaximum,
                                                    ReadEntry readEntry)
{
    std::vector<VocabularyClass> classes;
    QSet<int> seen;
    entry.forEachObject(u"classes"_s, [&](const Entry &item) {
        item.allowOnly({u"first", u"last", u"pbx", u"name", u"summary", u"description", u"rfc", u"section", u"codes"});
        VocabularyClass group;
        group.pbxDefined = item.has(u"pbx"_s) && item.boolean(u"pbx"_s);
        if (group.pbxDefined && pbxMaximum == 0)
            item.fail(u"pbx"_s, u"only causes have a class of the PBXs' own"_s);
        if (!group.pbxDefined) {
            group.first = item.integer(u"first"_s, minimum, maximum);
            group.last = item.integer(u"last"_s, group.first, maximum);
        }
        group.name = item.localized(u"name"_s);
        group.summary = item.localized(u"summary"_s);
        if (item.has(u"description"_s))
            group.description = item.localized(u"description"_s);
        if (item.has(u"rfc"_s))
            group.reference = item.reference();
        item.forEachObject(u"codes"_s, [&](const Entry &code) {
            VocabularyEntry value = readEntry(code, group.pbxDefined);
            const int low = group.pbxDefined ? 0 : group.first;
            const int high = group.pbxDefined ? pbxMaximum : group.last;
            if (value.code < low || value.code > high)
                code.fail(u"code"_s, u"%1 is outside the class, %2 to %3"_s.arg(value.code).arg(low).arg(high));
            if (seen.contains(value.code))
                code.fail(u"code"_s, u"%1 appears more than once"_s.arg(value.code));
            seen.insert(value.code);
            group.entries.push_back(std::move(value));
        });
        if (group.entries.empty())
            item.fail(u"codes"_s, u"a class needs at least one code"_s);
        std::sort(group.entries.begin(), group.entries.end(),
                  [](const VocabularyEntry &a, const VocabularyEntry &b) { return a.code < b.code; });
        classes.push_back(std::move(group));
    });
    if (classes.empty())
        entry.fail(u"classes"_s, u"no classes"_s);
    return classes;
}

Vocabulary parseWarnings(const Entry &entry)
{
    entry.allowOnly({u"registry", u"classes"});
    Vocabulary warnings;
    warnings.kind = EntryKind::Warning;
    parseRegistry(entry, warnings);
    // RFC 3261, section 20.43: warn-codes are three digits; RFC 3261 and its updates use 3xx.
    warnings.classes = parseVocabularyClasses(entry, 300, 399, 0, [](const Entry &item, bool) {
        item.allowOnly({u"code", u"name", u"summary", u"description", u"rfc", u"section", u"practice"});
        VocabularyEntry warning;
        warning.code = item.integer(u"code"_s, 300, 399);
        warning.name = item.localized(u"name"_s);
        warning.summary = item.localized(u"summary"_s);
        warning.description = item.localized(u"description"_s);
        warning.reference = item.reference();
        warning.practice = practice(item);
        return warning;
    });
    return warnings;
}

Vocabulary parseCauses(const Entry &entry)
{
    entry.allowOnly({u"registry", u"classes"});
    Vocabulary causes;
    causes.kind = EntryKind::Cause;
    parseRegistry(entry, causes);
    constexpr int PbxMaximum = Domain::MaximumPbxCause;
    causes.classes = parseVocabularyClasses(entry, 0, Domain::MaximumCause, PbxMaximum,
                                            [](const Entry &item, bool pbxDefined) {
        item.allowOnly({u"code", u"name", u"summary", u"description", u"pbx"});
        VocabularyEntry cause;
        cause.code = item.integer(u"code"_s, 0, PbxMaximum);
        cause.name = item.localized(u"name"_s);
        if (item.has(u"summary"_s))
            cause.summary = item.localized(u"summary"_s);
        cause.description = item.localized(u"description"_s);
        if (!pbxDefined)
            cause.reference.document = u"ITU-T Q.850"_s;
        item.forEachObject(u"pbx"_s, [&](const Entry &name) {
            static const QRegularExpression identifier(u"^[A-Z][A-Z0-9_]*$"_s);
            name.allowOnly({u"pbx", u"name", u"shortName", u"alias"});
            PbxName pbxName{name.string(u"pbx"_s), name.string(u"name"_s), {}, false};
            if (name.has(u"shortName"_s))
                pbxName.shortName = name.string(u"shortName"_s);
            if (name.has(u"alias"_s))
                pbxName.alias = name.boolean(u"alias"_s);
            for (const QString &text : {pbxName.name, pbxName.shortName}) {
                if (!text.isEmpty() && !identifier.match(text).hasMatch())
                    name.fail(u"name"_s, u"\"%1\" is not an identifier such as USER_BUSY"_s.arg(text));
            }
            cause.pbxNames.append(pbxName);
        });
        if (pbxDefined && cause.pbxNames.isEmpty())
            item.fail(u"pbx"_s, u"a cause of the PBXs' own needs the names they give it"_s);
        return cause;
    });
    return causes;
}

QList<ReasonProtocol> parseReasonProtocols(const Entry &entry)
{
    entry.allowOnly({u"registry", u"protocols", u"preemptionCauses"});
    entry.child(u"registry"_s).allowOnly({u"name", u"checked"});
    QList<ReasonProtocol> protocols;
    static const QStringList causeKinds{u"response"_s, u"q850"_s, u"preemption"_s, u"other"_s};
    entry.forEachObject(u"protocols"_s, [&](const Entry &item) {
        item.allowOnly({u"protocol", u"causes", u"name", u"summary", u"description", u"reference"});
        ReasonProtocol protocol;
        protocol.protocol = item.string(u"protocol"_s);
        const QString causes = item.string(u"causes"_s);
        if (!causeKinds.contains(causes))
            item.fail(u"causes"_s, u"\"%1\" is not one of %2"_s.arg(causes, causeKinds.join(u", "_s)));
        protocol.causes = ReasonProtocol::Causes(causeKinds.indexOf(causes));
        protocol.name = item.localized(u"name"_s);
        protocol.summary = item.localized(u"summary"_s);
        if (item.has(u"description"_s))
            protocol.description = item.localized(u"description"_s);
        const Entry reference = item.child(u"reference"_s);
        reference.allowOnly({u"rfc", u"document", u"section"});
        protocol.reference = reference.anyReference();
        if (std::any_of(protocols.cbegin(), protocols.cend(), [&](const ReasonProtocol &other) {
                return other.protocol.compare(protocol.protocol, Qt::CaseInsensitive) == 0;
            }))
            item.fail(u"protocol"_s, u"%1 appears more than once"_s.arg(protocol.protocol));
        protocols.append(protocol);
    });
    if (protocols.isEmpty())
        entry.fail(u"protocols"_s, u"no protocols"_s);
    const auto preemption = std::find_if(protocols.begin(), protocols.end(), [](const ReasonProtocol &p) {
        return p.causes == ReasonProtocol::Causes::Preemption;
    });
    entry.forEachObject(u"preemptionCauses"_s, [&](const Entry &item) {
        item.allowOnly({u"cause", u"name", u"description", u"rfc", u"section"});
        if (preemption == protocols.end())
            item.fail({}, u"no protocol has preemption causes"_s);
        VocabularyEntry cause;
        cause.code = item.integer(u"cause"_s, 1, 255);
        cause.name = item.localized(u"name"_s);
        cause.description = item.localized(u"description"_s);
        cause.reference = item.reference();
        preemption->causeValues.append(cause);
    });
    return protocols;
}

CauseMappings parseMappings(const Entry &entry, const QSet<int> &codes, const Vocabulary &causes)
{
    using Direction = CauseMappings::Direction;
    entry.allowOnly({u"tables", u"rows", u"defaults", u"rules"});
    const auto direction = [](const Entry &item) {
        const QString name = item.string(u"direction"_s);
        if (name == u"cause-to-sip")
            return Direction::CauseToSip;
        if (name == u"sip-to-cause")
            return Direction::SipToCause;
        item.fail(u"direction"_s, u"\"%1\" is not cause-to-sip or sip-to-cause"_s.arg(name));
    };
    const auto response = [&](const Entry &item, const QString &field) {
        const int code = item.integer(field, Domain::MinimumCode, Domain::MaximumCode);
        if (!codes.contains(code))
            item.fail(field, u"%1 is not a response code of the catalog"_s.arg(code));
        return code;
    };
    const auto cause = [&](const Entry &item) {
        const int value = item.integer(u"cause"_s, 0, Domain::MaximumPbxCause);
        if (!causes.find(value))
            item.fail(u"cause"_s, u"%1 is not a cause of the catalog"_s.arg(value));
        return value;
    };

    QList<CauseMappings::Table> tables;
    entry.forEachObject(u"tables"_s, [&](const Entry &item) {
        item.allowOnly({u"source", u"direction", u"rfc", u"section", u"file", u"function"});
        CauseMappings::Table table{item.string(u"source"_s), direction(item), {}, {}, {}};
        if (item.has(u"rfc"_s)) {
            table.reference = item.reference();
        } else {
            table.file = item.string(u"file"_s);
            table.function = item.string(u"function"_s);
        }
        for (const CauseMappings::Table &other : std::as_const(tables)) {
            if (other.source == table.source && other.direction == table.direction)
                item.fail(u"direction"_s, u"%1 has two tables in this direction"_s.arg(table.source));
        }
        tables.append(table);
    });
    if (tables.isEmpty())
        entry.fail(u"tables"_s, u"no tables"_s);
    const auto requireTable = [&](const Entry &item, const QString &source, Direction way) {
        const bool known = std::any_of(tables.cbegin(), tables.cend(), [&](const CauseMappings::Table &table) {
            return table.source == source && table.direction == way;
        });
        if (!known)
            item.fail(u"source"_s, u"%1 has no table in this direction"_s.arg(source));
    };

    QList<CauseMappings::Row> rows;
    entry.forEachObject(u"rows"_s, [&](const Entry &item) {
        item.allowOnly({u"source", u"direction", u"cause", u"sip", u"section", u"note"});
        CauseMappings::Row row{item.string(u"source"_s), direction(item), cause(item), response(item, u"sip"_s), {}};
        requireTable(item, row.source, row.direction);
        if (item.has(u"section"_s))
            item.string(u"section"_s);
        if (item.has(u"note"_s))
            row.note = item.localized(u"note"_s);
        rows.append(row);
    });
    QList<CauseMappings::Default> defaults;
    entry.forEachObject(u"defaults"_s, [&](const Entry &item) {
        item.allowOnly({u"source", u"direction", u"cause", u"sip", u"sipRange", u"except", u"section", u"note"});
        CauseMappings::Default value{item.string(u"source"_s), direction(item), 0, 0, 0, item.localized(u"note"_s), {}};
        if (item.has(u"except"_s)) {
            for (const QJsonValue &number : item.array(u"except"_s)) {
                const int excepted = number.toInt(-1);
                if (!number.isDouble() || excepted < 0 || excepted > Domain::MaximumPbxCause)
                    item.fail(u"except"_s, u"expected an array of whole numbers"_s);
                value.except.append(excepted);
            }
        }
        requireTable(item, value.source, value.direction);
        if (value.direction == Direction::CauseToSip) {
            value.value = response(item, u"sip"_s);
        } else {
            value.value = cause(item);
            if (item.has(u"sipRange"_s)) {
                const QJsonArray range = item.array(u"sipRange"_s);
                value.sipFirst = range.size() == 2 ? range.at(0).toInt(-1) : -1;
                value.sipLast = range.size() == 2 ? range.at(1).toInt(-1) : -1;
                if (!Domain::isCode(value.sipFirst) || !Domain::isCode(value.sipLast) || value.sipFirst > value.sipLast)
                    item.fail(u"sipRange"_s, u"expected [first, last], two response codes in order"_s);
            }
        }
        if (item.has(u"section"_s))
            item.string(u"section"_s);
        defaults.append(value);
    });
    QList<CauseMappings::Rule> rules;
    entry.forEachObject(u"rules"_s, [&](const Entry &item) {
        item.allowOnly({u"source", u"section", u"text"});
        CauseMappings::Rule rule{item.string(u"source"_s), {}, item.localized(u"text"_s)};
        const auto table = std::find_if(tables.cbegin(), tables.cend(), [&](const CauseMappings::Table &t) {
            return t.source == rule.source && t.reference.rfc != 0;
        });
        if (table == tables.cend())
            item.fail(u"source"_s, u"%1 is not an RFC with a table"_s.arg(rule.source));
        rule.reference.rfc = table->reference.rfc;
        rule.reference.section = item.string(u"section"_s);
        rules.append(rule);
    });
    return CauseMappings(std::move(tables), std::move(rows), std::move(defaults), std::move(rules));
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
    top.allowOnly({u"format", u"registry", u"classes", u"warnings", u"causes", u"reasonProtocols", u"mappings"});
    const int format = top.integer(u"format"_s, 1, CatalogLoader::NewestFormat);
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
        CodeClass codeClass = parseClass(entry, sourceName, i, seenCodes, rules, format);
        if (seenClasses.contains(codeClass.digit))
            entry.fail(u"class"_s, u"class %1 appears more than once"_s.arg(codeClass.label()));
        seenClasses.insert(codeClass.digit);
        classes.push_back(std::move(codeClass));
    }
    std::sort(classes.begin(), classes.end(),
              [](const CodeClass &a, const CodeClass &b) { return a.digit < b.digit; });
    checkRelated(classes, seenCodes, sourceName);
    Catalog catalog(std::move(classes), registryName, registryChecked);
    // Format 3 adds the other registries and the mappings, all of them or none.
    const QStringList vocabularyFields{u"warnings"_s, u"causes"_s, u"reasonProtocols"_s, u"mappings"_s};
    const bool anyVocabulary = std::any_of(vocabularyFields.cbegin(), vocabularyFields.cend(),
                                           [&](const QString &field) { return top.has(field); });
    if (format >= 3 || anyVocabulary) {
        Vocabulary warnings = parseWarnings(top.child(u"warnings"_s));
        Vocabulary causes = parseCauses(top.child(u"causes"_s));
        QList<ReasonProtocol> protocols = parseReasonProtocols(top.child(u"reasonProtocols"_s));
        CauseMappings mappings = parseMappings(top.child(u"mappings"_s), seenCodes, causes);
        catalog.setVocabulary(std::move(warnings), std::move(causes), std::move(protocols), std::move(mappings));
    }
    return catalog;
}

} // namespace

CatalogLoader::Result CatalogLoader::loadEmbedded()
{
    // Stored uncompressed (app/core/CMakeLists.txt): the data lies in the program's image for as
    // long as it runs, and the catalog's texts point into it.
    const QString name = u":/catalog.bin"_s;
    const QResource resource(name);
    if (!resource.isValid())
        return {std::nullopt, u"%1: not in the program"_s.arg(name)};
    return CompiledCatalog::read(resource.uncompressedData(), name, CompiledCatalog::Storage::Static);
}

CatalogLoader::Result CatalogLoader::loadFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.absoluteFilePath();
    if (info.isDir())
        return {std::nullopt, u"%1: is a folder, not a catalog file"_s.arg(name)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, u"%1: cannot be read: %2"_s.arg(name, file.errorString())};
    // Read in pieces and stop one byte past the limit: a device such as /dev/zero never ends,
    // and its size() says nothing.
    QByteArray data;
    if (!file.isSequential())
        data.reserve(qsizetype(std::min(file.size(), MaximumFileSize) + 1));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 count = file.read(buffer, qint64(sizeof buffer));
        if (count < 0)
            return {std::nullopt, u"%1: cannot be read: %2"_s.arg(name, file.errorString())};
        if (count == 0)
            break;
        data.append(buffer, qsizetype(count));
        if (data.size() > MaximumFileSize) {
            return {std::nullopt, u"%1: larger than %2 MiB, far more than a catalog holds; not read"_s
                                      .arg(name).arg(MaximumFileSize / (1024 * 1024))};
        }
    }
    return loadData(data, name);
}

namespace {

// The offset of the first byte that does not belong to a well-formed UTF-8 sequence (no
// overlong forms, no surrogates, nothing above U+10FFFF), or -1 when the text is valid.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(data.at(i)); };
    qsizetype i = 0;
    while (i < data.size()) {
        const unsigned char lead = byte(i);
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (lead < 0x80)
            length = 1;
        else if (lead >= 0xc2 && lead <= 0xdf)
            length = 2;
        else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                low = 0xa0; // overlong
            else if (lead == 0xed)
                high = 0x9f; // surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                low = 0x90; // overlong
            else if (lead == 0xf4)
                high = 0x8f; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > data.size())
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = byte(i + k);
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xbf))
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

CatalogLoader::Result CatalogLoader::loadData(const QByteArray &json, const QString &sourceName,
                                              Rules rules)
{
    // A catalog is UTF-8 text; say so plainly rather than let the JSON parser stumble on binary.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        return {std::nullopt, u"%1: a NUL byte at byte %2: this is binary data, not a JSON catalog"_s
                                  .arg(sourceName).arg(nul)};
    }
    if (const qsizetype bad = firstInvalidUtf8(json); bad >= 0) {
        return {std::nullopt, u"%1: not UTF-8 text: invalid byte 0x%2 at byte %3"_s.arg(sourceName)
                                  .arg(uint(static_cast<unsigned char>(json.at(bad))), 2, 16, QChar(u'0'))
                                  .arg(bad)};
    }
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
