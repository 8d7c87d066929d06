#pragma once

#include <QString>
#include <QUrl>
#include <QtGlobal>

#include <optional>

// The registries the catalog holds, in the order the tree and search results list them.
enum class EntryKind : quint8 {
    Response, // SIP response codes (IANA)
    Warning,  // warn-codes of the Warning header (IANA)
    Cause     // ISDN cause values (ITU-T Q.850), with the PBXs' own
};
inline constexpr int EntryKindCount = 3;

// One entry of one registry: the same number means different things in each (486 the response,
// 17 the cause), so the kind always goes with it.
struct EntryKey
{
    EntryKind kind = EntryKind::Response;
    int code = 0;

    friend bool operator==(const EntryKey &, const EntryKey &) = default;

    // "response", "warning", "cause": the names the JSON output and the links use.
    static QString kindName(EntryKind kind);
    static std::optional<EntryKind> kindFromName(QStringView name);

    // A link to the entry inside the pane ("cause:17"), and back.
    QUrl url() const;
    static std::optional<EntryKey> fromUrl(const QUrl &url);
};
