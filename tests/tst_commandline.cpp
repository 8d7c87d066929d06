#include "cli/commandline.h"
#include "cli/terminal.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the built `sipcodes` as a user would from an SSH session: no display at all.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run sipcodes(const QStringList &arguments, const QString &configHome = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!configHome.isEmpty())
            environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SIPCODES_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void singleCodeGivesTicketLineAndDetail()
    {
        const Run run = sipcodes({u"486"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n');
        QVERIFY2(lines.first().startsWith(u"SIP 486 Busy Here: "_s), qPrintable(run.out));
        QVERIFY(lines.first().endsWith(u"(RFC 3261, 21.4.24)"_s));
        QVERIFY(run.out.contains(u"Class: 4xx Request Failure"_s));
        QVERIFY(run.out.contains(u"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24"_s));
        QVERIFY(run.out.contains(u"The callee's end system was contacted successfully"_s));
    }

    void severalCodesOneLineEach()
    {
        const Run run = sipcodes({u"busy"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(u"SIP 486 Busy Here: "_s));
        QVERIFY(lines[1].startsWith(u"SIP 600 Busy Everywhere: "_s));
        // The causes after the responses, with what the PBXs call them.
        QVERIFY2(lines[2].startsWith(u"Q.850 cause 17 User busy: FreeSWITCH USER_BUSY, Asterisk AST_CAUSE_USER_BUSY"_s),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(u"FreeSWITCH cause 815 "_s), qPrintable(lines[3]));
        // --all adds the codes that mention it only in their description.
        const Run all = sipcodes({u"--all"_s, u"busy"_s});
        QVERIFY(all.out.trimmed().split(u'\n').size() > 2);
        QVERIFY(all.out.contains(u"SIP 480 "_s));
    }

    void wordsAreJoined()
    {
        const Run run = sipcodes({u"not"_s, u"acceptable"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().split(u'\n').size(), 4); // 406, 488, 606 and FreeSWITCH's NOT_ACCEPTABLE
    }

    void markdownTable()
    {
        const Run run = sipcodes({u"--format"_s, u"markdown"_s, u"48"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2 + 10);
        QVERIFY(lines[0].startsWith(u"| Code | Reason phrase |"_s));
        QVERIFY(lines[2].startsWith(u"| 480 | Temporarily Unavailable | 4xx |"_s));
        // Causes beside the responses: the column holds names, not only reason phrases.
        const Run mixed = sipcodes({u"--format"_s, u"markdown"_s, u"busy"_s});
        QCOMPARE(mixed.exitCode, 0);
        QVERIFY2(mixed.out.startsWith(u"| Code | Name |"_s), qPrintable(mixed.out));
        QVERIFY2(mixed.out.contains(u"| Q.850 cause 17 | User busy |"_s), qPrintable(mixed.out));
    }

    void jsonCoversEveryCode()
    {
        const Run run = sipcodes({u"--list"_s, u"response"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray codes = document.array();
        QCOMPARE(codes.size(), 77);
        int previous = 0;
        for (const QJsonValue &value : codes) {
            const QJsonObject code = value.toObject();
            QCOMPARE(code[u"kind"_s].toString(), u"response"_s);
            QCOMPARE(code[u"name"_s], code[u"reason"_s]);
            for (const QString &key : {u"code"_s, u"reason"_s, u"class"_s, u"status"_s, u"rfc"_s, u"mappings"_s,
                                       u"section"_s, u"aliases"_s, u"summary"_s, u"description"_s,
                                       u"related"_s, u"headers"_s, u"q850"_s})
                QVERIFY2(code.contains(key), qPrintable(key));
            QVERIFY(code[u"code"_s].toInt() > previous);
            previous = code[u"code"_s].toInt();
            QCOMPARE(code[u"class"_s].toString(), u"%1xx"_s.arg(previous / 100));
            QVERIFY(code[u"aliases"_s].isArray());
            QVERIFY(QStringList({u"registered"_s, u"deprecated"_s, u"unregistered"_s})
                        .contains(code[u"status"_s].toString()));
        }
        QCOMPARE(codes.first()[u"reason"_s].toString(), u"Trying"_s);
        for (const QJsonValue &value : codes) {
            if (value[u"code"_s].toInt() == 486) {
                QCOMPARE(value[u"q850"_s][u"to_cause"_s].toInt(), 17);
                QCOMPARE(value[u"q850"_s][u"from_causes"_s].toArray(), QJsonArray{17});
                QVERIFY(!value[u"related"_s].toArray().isEmpty());
            }
            if (value[u"code"_s].toInt() == 480) { // the PBXs side by side: 18 and 19
                const QJsonArray mappings = value[u"mappings"_s].toArray();
                QCOMPARE(mappings.size(), 3);
                QCOMPARE(mappings.at(1)[u"source"_s].toString(), u"FreeSWITCH"_s);
                QCOMPARE(mappings.at(1)[u"to"_s].toArray(), QJsonArray{18});
                QCOMPARE(mappings.at(2)[u"to"_s].toArray(), QJsonArray{19});
            }
        }
    }

    // --list warning and --list cause: one registry, with its own JSON.
    void listOtherRegistries()
    {
        const Run warnings = sipcodes({u"--list"_s, u"warning"_s, u"--format"_s, u"json"_s});
        QCOMPARE(warnings.exitCode, 0);
        const QJsonArray warnCodes = QJsonDocument::fromJson(warnings.out.toUtf8()).array();
        QCOMPARE(warnCodes.size(), 15);
        for (const QJsonValue &value : warnCodes) {
            QCOMPARE(value[u"kind"_s].toString(), u"warning"_s);
            QVERIFY(value[u"code"_s].toInt() >= 300 && value[u"code"_s].toInt() <= 399);
            QVERIFY(value[u"rfc"_s].toInt() > 0);
        }
        const Run causes = sipcodes({u"--list"_s, u"cause"_s, u"--format"_s, u"json"_s});
        QCOMPARE(causes.exitCode, 0);
        const QJsonArray causeList = QJsonDocument::fromJson(causes.out.toUtf8()).array();
        QVERIFY(causeList.size() > 71);
        const auto busy = std::find_if(causeList.begin(), causeList.end(),
                                       [](const QJsonValue &value) { return value[u"code"_s].toInt() == 17; });
        QVERIFY(busy != causeList.end());
        QCOMPARE((*busy)[u"kind"_s].toString(), u"cause"_s);
        QVERIFY((*busy)[u"aliases"_s].toArray().contains(u"USER_BUSY"_s));
        QCOMPARE((*busy)[u"mappings"_s][0][u"to"_s].toArray(), QJsonArray{486});
        const Run text = sipcodes({u"--list"_s, u"warning"_s});
        QCOMPARE(text.out.trimmed().split(u'\n').size(), 15);
        QVERIFY(text.out.startsWith(u"SIP Warning 300 "_s));
        QCOMPARE(sipcodes({u"--list"_s, u"codes"_s}).exitCode, 2);
    }

    // Header lines and PBX names in the terminal: the entry named gets its sheet.
    void headerLinesAndPbxNames()
    {
        const Run warning = sipcodes({u"Warning: 370 gw1 \"Insufficient bandwidth\""_s});
        QCOMPARE(warning.exitCode, 0);
        QVERIFY2(warning.out.startsWith(u"SIP Warning 370 Insufficient bandwidth: "_s), qPrintable(warning.out));
        QVERIFY(warning.out.contains(u"Class: 370–379"_s));
        const Run reason = sipcodes({u"Reason: Q.850;cause=41"_s});
        QCOMPARE(reason.exitCode, 0);
        QVERIFY(reason.out.contains(u"SIP 503 Service Unavailable: "_s));
        QVERIFY2(reason.out.contains(u"Cause 41 Temporary failure"_s), qPrintable(reason.out)); // the sheet
        const Run pbx = sipcodes({u"MEDIA_TIMEOUT"_s});
        QCOMPARE(pbx.exitCode, 0);
        QVERIFY2(pbx.out.startsWith(u"FreeSWITCH cause 804 "_s), qPrintable(pbx.out));
    }

    void q850Cause()
    {
        const Run run = sipcodes({u"--q850"_s, u"17"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"SIP 486 Busy Here: "_s));
        QVERIFY(run.out.contains(u"Q.850 cause 17 User busy: "_s));
        QCOMPARE(sipcodes({u"--q850"_s, u"1000"_s}).exitCode, 2);
        QCOMPARE(sipcodes({u"--q850"_s, u"300"_s}).exitCode, 1); // no such cause
        // A cause the table maps to no response: its sheet says so, and why.
        const Run unmapped = sipcodes({u"--q850"_s, u"16"_s});
        QCOMPARE(unmapped.exitCode, 0);
        QVERIFY2(unmapped.out.startsWith(u"Q.850 cause 16 Normal call clearing: "_s), qPrintable(unmapped.out));
        QVERIFY2(unmapped.out.contains(u"RFC 3398: Sent as none"_s), qPrintable(unmapped.out));
        QVERIFY(unmapped.out.contains(u"it becomes a BYE or a CANCEL"_s));
    }

    void unknownCodeExplainsItsFallback()
    {
        const Run run = sipcodes({u"431"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"431 is not a registered response code. RFC 3261, section 8.1.3.2"_s),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"SIP 400 Bad Request: "_s));
    }

    void traceLine()
    {
        const Run run = sipcodes({u"<--"_s, u"SIP/2.0"_s, u"503"_s, u"Service"_s, u"Unavailable"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"SIP 503 Service Unavailable: "_s));
        QVERIFY(run.out.contains(u"Retry-After"_s));
    }

    void chineseOutputIsUtf8()
    {
        const Run run = sipcodes({u"--lang"_s, u"zh_CN"_s, u"486"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"SIP 486 此处忙（Busy Here）："_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"类别：4xx 请求失败"_s) || run.out.contains(u"类别: 4xx 请求失败"_s));
        const Run search = sipcodes({u"--lang"_s, u"zh_TW"_s, u"忙"_s});
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(search.out.trimmed().split(u'\n').size(), 4); // 486, 600, and causes 17 and 815
    }

    void brokenCatalogIsRefusedWithItsPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"edited.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 1, "registry": {"name": "r", "checked": "c"}, "classes": [
            {"class": 4, "name": {"en": "Request Failure"}, "summary": {"en": "s"}, "description": {"en": "d"},
             "rfc": 3261, "section": "21.4", "codes": [
               {"code": 486, "reason": {"en": "Busy Here"}, "summary": {"en": ""}, "description": {"en": "d"},
                "rfc": 3261, "section": "21.4.24", "status": "registered", "aliases": []}]}]})");
        file.close();
        const Run run = sipcodes({u"--catalog"_s, path, u"486"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"edited.json: classes[0] (4xx).codes[0] (code 486): field \"summary\": the en text is empty"_s),
                 qPrintable(run.err));
    }

    void rememberedLanguageIsTheDefault()
    {
        QTemporaryDir config;
        QSettings settings(config.filePath(u"sipcodes/sipcodes.conf"_s), QSettings::IniFormat);
        settings.setValue(u"language"_s, u"nl"_s);
        settings.sync();
        const Run run = sipcodes({u"486"_s}, config.path());
        QVERIFY2(run.out.startsWith(u"SIP 486 Hier bezet (Busy Here): "_s), qPrintable(run.out));
        // --lang still wins.
        QVERIFY(sipcodes({u"--lang"_s, u"en"_s, u"486"_s}, config.path()).out.startsWith(u"SIP 486 Busy Here: "_s));
    }

    void listOneClass()
    {
        const Run run = sipcodes({u"--list"_s, u"6xx"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().split(u'\n').size(), 6);
        QVERIFY(run.out.startsWith(u"SIP 600 Busy Everywhere"_s));
        QCOMPARE(sipcodes({u"--list"_s, u"busy"_s}).exitCode, 2);
    }

    void nothingFoundExitsWithOne()
    {
        const Run run = sipcodes({u"xyzzy"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(u"xyzzy"_s));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("unknown format") << QStringList{u"--format"_s, u"yaml"_s, u"486"_s} << u"yaml"_s;
        QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"xx"_s, u"486"_s} << u"\"xx\""_s;
        QTest::newRow("missing value") << QStringList{u"486"_s, u"--format"_s} << u"format"_s;
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = sipcodes(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = run.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1); // one line, on stderr
        QVERIFY2(lines.first().startsWith(u"sipcodes: "_s) && lines.first().contains(message),
                 qPrintable(run.err));
    }

    void helpAndVersion()
    {
        const Run help = sipcodes({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--format"_s));
        QVERIFY(help.out.contains(u"--lang"_s));
        const Run version = sipcodes({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"sipcodes %1"_s.arg(QStringLiteral(SIPCODES_VERSION)));
        // --help-all adds Qt's own options; without a display it must not try to open one.
        const Run all = sipcodes({u"--help-all"_s});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(u"--lang"_s) && all.out.contains(u"-platform"_s) && all.out.contains(u"-style"_s));
    }

    // Qt's standard options are Qt's: they neither count as a query nor are refused.
    void qtOptionsPassThrough_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("-style Fusion") << QStringList{u"-style"_s, u"Fusion"_s, u"486"_s};
        QTest::newRow("-style=Fusion") << QStringList{u"-style=Fusion"_s, u"486"_s};
        QTest::newRow("-platform xcb") << QStringList{u"-platform"_s, u"xcb"_s, u"486"_s};
        QTest::newRow("--platform offscreen") << QStringList{u"--platform"_s, u"offscreen"_s, u"486"_s};
        QTest::newRow("-reverse") << QStringList{u"-reverse"_s, u"486"_s};
        QTest::newRow("-stylesheet") << QStringList{u"486"_s, u"-stylesheet"_s, u"/nonexistent.qss"_s};
    }

    void qtOptionsPassThrough()
    {
        QFETCH(QStringList, arguments);
        const Run run = sipcodes(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"SIP 486 Busy Here: "_s), qPrintable(run.out + run.err));
        QVERIFY(!run.err.contains(u"Unknown option"_s));
    }

    // Every trace of the hand-written corpus, explained in JSON in process: the messages and the
    // calls the corpus expects, in the fields the contract names.
    void explainCorpus_data()
    {
        QTest::addColumn<QString>("log");
        const QDir corpus(QStringLiteral(TRACE_CORPUS));
        const QStringList logs = corpus.entryList({u"*.log"_s}, QDir::Files, QDir::Name);
        QVERIFY2(logs.size() >= 29, qPrintable(corpus.path()));
        for (const QString &log : logs)
            QTest::newRow(qPrintable(log)) << corpus.filePath(log);
    }

    void explainCorpus()
    {
        QFETCH(QString, log);
        QFile expectedFile(log.chopped(4) + u".expected.json"_s);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const CommandLine line = CommandLine::parse({u"sipcodes"_s, u"--lang"_s, u"en"_s, u"--format"_s, u"json"_s,
                                                     u"--explain"_s, log});
        QCOMPARE(line.action, CommandLine::Action::Explain);
        QCOMPARE(Terminal::run(line, outStream, errStream), int(CommandLine::Found));
        outStream.flush();
        const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
        // Each object of the result has the expected values at `keys`.
        const auto compare = [](const QJsonArray &actual, const QJsonArray &expected, const QStringList &keys) {
            QCOMPARE(actual.size(), expected.size());
            for (qsizetype i = 0; i < actual.size(); ++i) {
                const QJsonObject object = actual.at(i).toObject();
                const QJsonObject want = expected.at(i).toObject();
                for (const QString &key : keys)
                    QVERIFY2(object[key] == want[key], qPrintable(u"item %1, %2"_s.arg(i).arg(key)));
                for (const QString &list : {u"reasons"_s, u"warnings"_s})
                    QCOMPARE(object[list].toArray().size(), want[list].toArray().size());
            }
        };
        compare(result[u"messages"_s].toArray(), expected[u"messages"_s].toArray(),
                {u"kind"_s, u"method"_s, u"code"_s, u"callId"_s, u"cseq"_s});
        compare(result[u"calls"_s].toArray(), expected[u"calls"_s].toArray(),
                {u"callId"_s, u"method"_s, u"final"_s, u"outcome"_s, u"messages"_s});
        for (const QJsonValue &call : result[u"calls"_s].toArray())
            QVERIFY(!call[u"summary"_s].toString().isEmpty());
    }

    // The story of a call in one line, ready for a ticket, then the counts.
    void explainTellsTheStory()
    {
        const Run run = sipcodes({u"--explain"_s, QStringLiteral(TRACE_CORPUS) + u"/sngrep-busy.log"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"INVITE → 100 Trying → "_s)
                     && run.out.contains(u"486 Busy Here (Reason: Q.850 cause 17, User busy)"_s),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"Responses: "_s));
        const Run markdown = sipcodes({u"--explain"_s, QStringLiteral(TRACE_CORPUS) + u"/sngrep-busy.log"_s,
                                       u"--format"_s, u"markdown"_s});
        QVERIFY(markdown.out.startsWith(u"### Call "_s));
    }

    // What cannot be explained says why, with the exit status scripts test.
    void explainRefusesWhatItCannotRead()
    {
        QTemporaryDir folder;
        QCOMPARE(sipcodes({u"--explain"_s, u"/nonexistent/trace.log"_s}).exitCode, 3);
        const Run directory = sipcodes({u"--explain"_s, folder.path()});
        QCOMPARE(directory.exitCode, 3);
        QVERIFY2(directory.err.contains(folder.path()) && directory.err.contains(u"folder"_s), qPrintable(directory.err));
        const Run empty = sipcodes({u"--explain"_s, u"/dev/null"_s});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(empty.err.contains(u"no SIP message found"_s));
        QCOMPARE(sipcodes({u"--explain"_s, u"/dev/null"_s, u"486"_s}).exitCode, 2);
    }

    // No query and no display: say why no window can open, instead of aborting.
    void noDisplayIsExplained()
    {
        const Run run = sipcodes({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no display"_s) && run.err.contains(u"sipcodes 486"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
