#pragma once

#include "causemappings.h"
#include "codeclass.h"
#include "reasonprotocol.h"
#include "vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

// The whole reference: the response classes in ascending order, each with its codes; the
// warn-codes and the causes, each grouped by its registry's classes; the Reason protocols; and
// how gateways and PBXs map causes and responses onto each other.
class Catalog final
{
public:
    Catalog() = default;
    Catalog(std::vector<CodeClass> classes, QString registryName, QString registryChecked);

    // The registries besides the responses; a catalog without them (format 1 and 2) has none.
    void setVocabulary(Vocabulary warnings, Vocabulary causes, QList<ReasonProtocol> reasonProtocols,
                       CauseMappings mappings);

    const std::vector<CodeClass> &classes() const { return m_classes; }
    const SipCode *find(int code) const;
    const CodeClass *findClass(int digit) const;
    int codeCount() const { return m_codeCount; }
    QString registryName() const { return m_registryName; }
    QString registryChecked() const { return m_registryChecked; }

    const Vocabulary &warnings() const { return m_warnings; }
    const Vocabulary &causes() const { return m_causes; }
    // The warn-codes or the causes; null for responses, which are classes().
    const Vocabulary *vocabulary(EntryKind kind) const;
    const CatalogEntry *entry(const EntryKey &key) const;
    bool contains(const EntryKey &key) const { return entry(key) != nullptr; }
    const QList<ReasonProtocol> &reasonProtocols() const { return m_reasonProtocols; }
    // The protocol of a Reason header value, matched without regard to case ("q.850", "SIP").
    const ReasonProtocol *findReasonProtocol(QStringView protocol) const;
    const CauseMappings &mappings() const { return m_mappings; }
    // The cause a PBX identifier names ("USER_BUSY", "AST_CAUSE_BUSY", "user_busy"), or null.
    const VocabularyEntry *findCauseByPbxName(QStringView name) const;

private:
    std::vector<CodeClass> m_classes;
    QString m_registryName;
    QString m_registryChecked;
    int m_codeCount = 0;
    Vocabulary m_warnings;
    Vocabulary m_causes{EntryKind::Cause, {}, {}, {}};
    QList<ReasonProtocol> m_reasonProtocols;
    CauseMappings m_mappings;
    QHash<QString, int> m_pbxNames; // upper-case identifier to cause
};
