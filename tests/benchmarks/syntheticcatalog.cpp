#include "syntheticcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace SyntheticCatalog {

namespace {

const QStringList englishWords{
    u"request"_s, u"server"_s,   u"callee"_s,    u"proxy"_s,   u"session"_s, u"header"_s,
    u"field"_s,   u"response"_s, u"dialog"_s,    u"timeout"_s, u"media"_s,   u"route"_s,
    u"contact"_s, u"register"_s, u"transport"_s, u"retry"_s,   u"busy"_s,    u"accept"_s,
    u"offer"_s,   u"answer"_s,   u"gateway"_s,   u"trunk"_s,   u"codec"_s,   u"extension"_s};
const QStringList dutchWords{
    u"verzoek"_s, u"server"_s, u"gebelde"_s, u"proxy"_s,  u"sessie"_s, u"header"_s,
    u"veld"_s,    u"antwoord"_s, u"dialoog"_s, u"time-out"_s, u"media"_s, u"route"_s};
const QString chineseCharacters = u"请求服务器被叫代理会话头域应答对话超时媒体路由联系注册传输重试忙接受网关中继编解码"_s;

QString words(QRandomGenerator &random, const QStringList &from, int count)
{
    QStringList picked;
    for (int i = 0; i < count; ++i)
        picked.append(from.at(int(random.bounded(quint32(from.size())))));
    return picked.join(u' ');
}

QString chinese(QRandomGenerator &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(chineseCharacters.at(int(random.bounded(quint32(chineseCharacters.size())))));
    return text;
}

QJsonObject texts(QRandomGenerator &random, int englishCount)
{
    return {{u"en"_s, words(random, englishWords, englishCount)},
            {u"zh_CN"_s, chinese(random, englishCount * 2)},
            {u"nl"_s, words(random, dutchWords, englishCount)}};
}

} // namespace

QByteArray generate(int codeCount, unsigned seed)
{
    QRandomGenerator random(seed);
    QJsonArray classes;
    for (int digit = 1; digit <= 6; ++digit) {
        QJsonArray codes;
        const int count = codeCount / 6 + (digit <= codeCount % 6 ? 1 : 0);
        for (int i = 0; i < count; ++i) {
            codes.append(QJsonObject{
                {u"code"_s, digit * 100 + i % 100},
                {u"reason"_s, texts(random, 3)},
                {u"summary"_s, texts(random, 12)},
                {u"description"_s, texts(random, 60)},
                {u"rfc"_s, 3261},
                {u"section"_s, u"21.%1.%2"_s.arg(digit).arg(i % 100)},
                {u"status"_s, u"registered"_s},
                {u"aliases"_s, QJsonArray{words(random, englishWords, 2)}},
            });
        }
        classes.append(QJsonObject{
            {u"class"_s, digit},
            {u"name"_s, texts(random, 2)},
            {u"summary"_s, texts(random, 10)},
            {u"description"_s, texts(random, 40)},
            {u"rfc"_s, 3261},
            {u"section"_s, u"21.%1"_s.arg(digit)},
            {u"codes"_s, codes},
        });
    }
    const QJsonObject root{{u"format"_s, 1},
                           {u"registry"_s, QJsonObject{{u"name"_s, u"Synthetic"_s}, {u"checked"_s, u"never"_s}}},
                           {u"classes"_s, classes}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace SyntheticCatalog
