using Steward.Core.Analytics;
using Steward.Core.Processes;
using Steward.Data.Analytics;

namespace Steward.Data.Ingest;

/// <summary>
/// Marks the processes that repeat another (<see cref="DuplicateProcesses"/>): after a rebuild, every group of
/// processes sharing a buyer and a title with a process the import touched is matched again, whole, so a group's
/// marks never depend on which member arrived last. Marks are <c>processes.duplicate_of</c> and <c>duplicate_reason</c>.
/// </summary>
internal static class DuplicateFinder
{
    private const string Groups = "duplicate_groups";

    public static void Mark(StoreSession session)
    {
        // A process marked as repeating one this import changed is matched again too, in its own group.
        session.Execute($"""
            INSERT INTO {ReleaseApplier.Affected} (ocid) SELECT p.ocid FROM processes p
            WHERE p.duplicate_of IN (SELECT ocid FROM {ReleaseApplier.Affected}) AND NOT EXISTS (SELECT 1 FROM {ReleaseApplier.Affected} a WHERE a.ocid = p.ocid)
            """);
        session.Execute($"UPDATE processes SET duplicate_of = NULL, duplicate_reason = NULL WHERE ocid IN (SELECT ocid FROM {ReleaseApplier.Affected}) AND duplicate_of IS NOT NULL");
        session.PrepareTemp(Groups, "buyer_id TEXT, title_key TEXT");
        // From the processes this import touched, so an import of one page does not read the whole store; each group's
        // size is then counted through the (buyer_id, title_key) index.
        session.Execute($"""
            INSERT INTO {Groups} (buyer_id, title_key)
            SELECT DISTINCT t.buyer_id, t.title_key FROM processes t JOIN {ReleaseApplier.Affected} a ON a.ocid = t.ocid
            WHERE t.buyer_id IS NOT NULL AND t.title_key IS NOT NULL
            """);
        session.Execute($"""
            DELETE FROM {Groups} WHERE (SELECT COUNT(*) FROM processes p WHERE p.buyer_id = {Groups}.buyer_id AND p.title_key = {Groups}.title_key) < 2
            """);
        const string Members = $"SELECT p.ocid FROM processes p JOIN {Groups} g ON g.buyer_id = p.buyer_id AND g.title_key = p.title_key";
        session.Execute($"UPDATE processes SET duplicate_of = NULL, duplicate_reason = NULL WHERE duplicate_of IS NOT NULL AND (ocid IN ({Members}) OR duplicate_of IN ({Members}))");

        var candidates = new Dictionary<string, (string? Publisher, string? Buyer, string? Title, double? Tender, DateTime? First, List<double> Values, List<DateOnly> Days)>(StringComparer.Ordinal);
        using (var command = session.Command($"""
            SELECT p.ocid, p.publisher, p.buyer_id, p.title_key, p.tender_value, p.tender_currency, p.first_published, p.tender_end
            FROM processes p JOIN {Groups} g ON g.buyer_id = p.buyer_id AND g.title_key = p.title_key
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var days = new List<DateOnly>();
                if (reader.Stamp(7) is { } end)
                {
                    days.Add(DateOnly.FromDateTime(end));
                }

                candidates[reader.GetString(0)] = (reader.Text(1), reader.Text(2), reader.Text(3), Counting.Value(reader.Real(4), reader.Text(5)), reader.Stamp(6), [], days);
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        using (var command = session.Command($"SELECT a.ocid, a.status, a.value, a.currency, a.date FROM awards a WHERE a.ocid IN ({Members})"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var entry = candidates[reader.GetString(0)];
                var status = reader.Text(1);
                if (status is not null && !string.Equals(status, "active", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (Counting.Value(reader.Real(2), reader.Text(3)) is { } value)
                {
                    entry.Values.Add(value);
                }

                if (reader.Stamp(4) is { } date)
                {
                    entry.Days.Add(DateOnly.FromDateTime(date));
                }
            }
        }

        using (var command = session.Command($"SELECT c.ocid, c.period_start FROM contracts c WHERE c.period_start IS NOT NULL AND c.ocid IN ({Members})"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.Stamp(1) is { } start)
                {
                    candidates[reader.GetString(0)].Days.Add(DateOnly.FromDateTime(start));
                }
            }
        }

        var matches = DuplicateProcesses.Find(candidates.Select(c => new DuplicateCandidate(c.Key, c.Value.Publisher, c.Value.Buyer, c.Value.Title,
            c.Value.Tender, c.Value.Values, c.Value.Days, c.Value.First)).ToList());
        foreach (var match in matches)
        {
            session.Execute("UPDATE processes SET duplicate_of = @p0, duplicate_reason = @p1 WHERE ocid = @p2", match.DuplicateOf, match.Reason, match.Ocid);
        }
    }
}
