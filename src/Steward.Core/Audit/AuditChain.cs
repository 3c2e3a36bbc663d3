using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Steward.Core.Audit;

/// <summary>
/// The audit trail's hash chain: each entry's hash covers its own fields and the previous entry's hash, so the last
/// hash (the head) pins every entry before it. Anyone holding a head they were shown earlier can check that the
/// trail still leads to it (<see cref="Verify"/>).
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string Version = "steward-audit-v1";

    /// <summary>The time as the chain hashes and the store keeps it: UTC, truncated to whole microseconds.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    /// <summary>The next entry after <paramref name="previous"/> (null for the first) recording <paramref name="change"/>.</summary>
    public static AuditEntry Next(AuditEntry? previous, AuditChange change, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(change);
        var entry = new AuditEntry
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            At = Normalise(at),
            Actor = change.Actor,
            Action = change.Action,
            Subject = change.Subject,
            Details = change.Details,
            PreviousHash = previous?.Hash ?? Genesis,
            Hash = string.Empty,
        };
        return entry with { Hash = HashOf(entry) };
    }

    /// <summary>
    /// SHA-256 (lower-case hex) over the entry's fields other than its own hash, each written as its length and its
    /// UTF-8 text so that no two different entries share an input.
    /// </summary>
    public static string HashOf(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder(Version).Append('\n');
        Field(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, Normalise(entry.At).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Field(text, entry.Actor);
        Field(text, entry.Action);
        Field(text, entry.Subject);
        Field(text, entry.Details);
        Field(text, entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// Checks <paramref name="entries"/> (in the order the store gives them, by sequence) and, when given, that the
    /// chain passes through <paramref name="pinnedHead"/>, a head somebody noted earlier (which catches a trail cut
    /// short or rewritten whole).
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, string? pinnedHead = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previousHash = Genesis;
        long expected = 1;
        var pinnedSeen = pinnedHead is null;
        foreach (var entry in entries)
        {
            if (entry.Sequence != expected)
            {
                return entry.Sequence > expected
                    ? AuditVerification.Broken(expected - 1, expected, $"entry {expected} is missing (the next entry is {entry.Sequence})")
                    : AuditVerification.Broken(expected - 1, entry.Sequence, $"entry {entry.Sequence} appears again after entry {expected - 1}, out of order");
            }

            if (entry.PreviousHash != previousHash)
            {
                return AuditVerification.Broken(expected - 1, entry.Sequence,
                    $"entry {entry.Sequence} does not follow entry {entry.Sequence - 1}: its previous hash is {Short(entry.PreviousHash)}, entry {entry.Sequence - 1}'s hash is {Short(previousHash)} (removed, reordered or changed)");
            }

            var hash = HashOf(entry);
            if (hash != entry.Hash)
            {
                return AuditVerification.Broken(expected - 1, entry.Sequence,
                    $"entry {entry.Sequence} was changed after it was written: its fields hash to {Short(hash)}, not the {Short(entry.Hash)} it holds");
            }

            pinnedSeen |= string.Equals(hash, pinnedHead, StringComparison.OrdinalIgnoreCase);
            previousHash = hash;
            expected++;
        }

        if (!pinnedSeen)
        {
            return AuditVerification.Broken(expected - 1, expected,
                $"no entry has the pinned head {Short(pinnedHead!)}: the trail was cut short or rewritten after it was pinned (it now ends at entry {expected - 1})");
        }

        return AuditVerification.Whole(expected - 1, previousHash);
    }

    private static void Field(StringBuilder text, string value) =>
        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "..." : hash;
}
