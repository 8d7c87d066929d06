#include "catalog.h"

#include <algorithm>

Catalog::Catalog(std::vector<CodeClass> classes, QString registryName, QString registryChecked)
    : m_classes(std::move(classes)),
      m_registryName(std::move(registryName)),
      m_registryChecked(std::move(registryChecked))
{
    for (const CodeClass &codeClass : m_classes)
        m_codeCount += int(codeClass.codes.size());
}

void Catalog::setVocabulary(Vocabulary warnings, Vocabulary causes, QList<ReasonProtocol> reasonProtocols,
                            CauseMappings mappings)
{
    m_warnings = std::move(warnings);
    m_warnings.kind = EntryKind::Warning;
    m_causes = std::move(causes);
    m_causes.kind = EntryKind::Cause;
    m_reasonProtocols = std::move(reasonProtocols);
    m_mappings = std::move(mappings);
    m_pbxNames.clear();
    for (const VocabularyClass &group : m_causes.classes) {
        for (const VocabularyEntry &cause : group.entries) {
            for (const PbxName &name : cause.pbxNames) {
                m_pbxNames.insert(name.name.toUpper(), cause.code);
                if (!name.shortName.isEmpty())
                    m_pbxNames.insert(name.shortName.toUpper(), cause.code);
            }
        }
    }
}

const CodeClass *Catalog::findClass(int digit) const
{
    const auto it = std::find_if(m_classes.cbegin(), m_classes.cend(),
                                 [digit](const CodeClass &c) { return c.digit == digit; });
    return it == m_classes.cend() ? nullptr : &*it;
}

const SipCode *Catalog::find(int code) const
{
    const CodeClass *codeClass = findClass(code / 100);
    if (!codeClass)
        return nullptr;
    const auto &codes = codeClass->codes;
    const auto it = std::lower_bound(codes.cbegin(), codes.cend(), code,
                                     [](const SipCode &c, int value) { return c.code < value; });
    return (it != codes.cend() && it->code == code) ? &*it : nullptr;
}

const Vocabulary *Catalog::vocabulary(EntryKind kind) const
{
    switch (kind) {
    case EntryKind::Response: return nullptr;
    case EntryKind::Warning: return &m_warnings;
    case EntryKind::Cause: return &m_causes;
    }
    return nullptr;
}

const CatalogEntry *Catalog::entry(const EntryKey &key) const
{
    if (key.kind == EntryKind::Response)
        return find(key.code);
    return vocabulary(key.kind)->find(key.code);
}

const ReasonProtocol *Catalog::findReasonProtocol(QStringView protocol) const
{
    for (const ReasonProtocol &item : m_reasonProtocols) {
        if (protocol.compare(item.protocol, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

const VocabularyEntry *Catalog::findCauseByPbxName(QStringView name) const
{
    const auto found = m_pbxNames.constFind(name.toString().toUpper());
    return found == m_pbxNames.cend() ? nullptr : m_causes.find(*found);
}
