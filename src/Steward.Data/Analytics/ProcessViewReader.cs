using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Steward.Core.Analytics;

namespace Steward.Data.Analytics;

/// <summary>
/// Streams every stored process as a <see cref="ProcessView"/> for the analytics in Steward.Core: the processes
/// table and each child table the caller asks for are read in ocid order, each on its own connection, and joined
/// as they go, so memory stays flat however many processes the store holds. Ocids are ordered by their bytes on
/// both engines (<c>COLLATE "C"</c> on PostgreSQL) so that the cursors agree.
/// </summary>
public static class ProcessViewReader
{
    /// <summary>The processes with the parts asked for. Opening and reading may throw <see cref="DatabaseUnavailableException"/>.</summary>
    public static IEnumerable<ProcessView> Read(DatabaseTarget target, ViewParts parts)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return Guarded(target, Stream(target, parts));
    }

    private static IEnumerable<ProcessView> Guarded(DatabaseTarget target, IEnumerable<ProcessView> views)
    {
        using var enumerator = DatabaseMigrator.Guard(target, views.GetEnumerator);
        while (DatabaseMigrator.Guard(target, enumerator.MoveNext))
        {
            yield return enumerator.Current;
        }
    }

    private static IEnumerable<ProcessView> Stream(DatabaseTarget target, ViewParts parts)
    {
        var order = target.Provider == DatabaseProvider.Postgres ? "COLLATE \"C\"" : string.Empty;
        var cursors = new List<TableCursor>();
        TableCursor? Open(ViewParts part, string sql)
        {
            if (part != ViewParts.None && !parts.HasFlag(part))
            {
                return null;
            }

            var cursor = new TableCursor(Connect(target), sql, prime: part != ViewParts.None);
            cursors.Add(cursor);
            return cursor;
        }

        try
        {
            var processes = Open(ViewParts.None, $"""
                SELECT p.ocid, p.buyer_party_id, p.buyer_name, p.buyer_id, o.buyer_type, o.region, p.status, p.procurement_method,
                       p.procurement_method_details, p.main_category, p.legal_basis, p.above_threshold, p.tender_value, p.tender_currency,
                       p.tender_start, p.tender_end, p.first_published, p.date, p.main_cpv, p.number_of_tenderers
                FROM processes p LEFT JOIN organisations o ON o.id = p.buyer_id ORDER BY p.ocid {order}
                """)!;
            var lots = Open(ViewParts.Lots, $"SELECT ocid, lot_id, status, value, currency, reserved_participation FROM lots ORDER BY ocid {order}");
            var criteria = Open(ViewParts.Criteria,
                $"SELECT ocid, lot_id, type, name, description, weight, weight_kind FROM award_criteria ORDER BY ocid {order}, lot_id {order}, ordinal");
            var awards = Open(ViewParts.Awards,
                $"SELECT ocid, award_id, status, date, value, currency, related_lots, supplier_count FROM awards ORDER BY ocid {order}");
            var suppliers = Open(ViewParts.Awards, $"""
                SELECT s.ocid, s.award_id, s.organisation_id, pp.scale, pp.vcse
                FROM award_suppliers s LEFT JOIN process_parties pp ON pp.ocid = s.ocid AND pp.organisation_id = s.organisation_id
                ORDER BY s.ocid {order}
                """);
            var contracts = Open(ViewParts.Contracts,
                $"SELECT ocid, contract_id, award_id, status, value, currency, date_signed FROM contracts ORDER BY ocid {order}");
            var bids = Open(ViewParts.Bids,
                $"SELECT ocid, bid_id, status, date, value, currency, related_lots, tenderer_count FROM bids ORDER BY ocid {order}");
            var tenderers = Open(ViewParts.Bids, $"SELECT ocid, bid_id, organisation_id FROM bid_tenderers ORDER BY ocid {order}");
            var statistics = Open(ViewParts.BidStatistics, $"SELECT ocid, measure, value, lot_id FROM bid_statistics ORDER BY ocid {order}, ordinal");
            var classifications = Open(ViewParts.Classifications, $"SELECT ocid, scheme, code FROM classifications ORDER BY ocid {order}");
            var regions = Open(ViewParts.Regions, $"SELECT ocid, code FROM regions ORDER BY ocid {order}");
            var notices = Open(ViewParts.Notices, $"SELECT ocid, notice_type, section, date_published FROM notices ORDER BY ocid {order}");

            var reader = processes.Reader;
            while (reader.Read())
            {
                var ocid = reader.GetString(0);
                yield return new ProcessView
                {
                    Ocid = ocid,
                    BuyerId = reader.Text(1),
                    BuyerName = reader.Text(2),
                    BuyerOrganisationId = reader.Text(3),
                    BuyerType = reader.Text(4),
                    BuyerRegion = reader.Text(5),
                    Status = reader.Text(6),
                    ProcurementMethod = reader.Text(7),
                    ProcurementMethodDetails = reader.Text(8),
                    MainCategory = reader.Text(9),
                    LegalBasis = reader.Text(10),
                    AboveThreshold = reader.Flag(11),
                    TenderValue = reader.Real(12),
                    TenderCurrency = reader.Text(13),
                    TenderStart = reader.Stamp(14),
                    TenderEnd = reader.Stamp(15),
                    FirstPublished = reader.Stamp(16),
                    Date = reader.Stamp(17),
                    MainCpv = reader.Text(18),
                    NumberOfTenderers = reader.Whole(19),
                    Lots = lots?.Take(ocid, r => new LotView(r.GetString(1), r.Text(2), r.Real(3), r.Text(4), r.List(5))) ?? [],
                    Criteria = criteria?.Take(ocid, r => new CriterionView(r.GetString(1), r.Text(2), r.Text(3), r.Text(4), r.Real(5), r.Text(6))) ?? [],
                    Awards = awards is null ? [] : Awards(ocid, awards, suppliers!),
                    Contracts = contracts?.Take(ocid, r => new ContractView(r.GetString(1), r.Text(2), r.Text(3), r.Real(4), r.Text(5), r.Stamp(6))) ?? [],
                    Bids = bids is null ? [] : Bids(ocid, bids, tenderers!),
                    BidStatistics = statistics?.Take(ocid, r => new BidStatisticView(r.GetString(1), r.Real(2), r.Text(3))) ?? [],
                    Classifications = classifications?.Take(ocid, r => new ClassificationView(r.GetString(1), r.GetString(2))) ?? [],
                    Regions = regions?.Take(ocid, r => r.GetString(1)) ?? [],
                    Notices = notices?.Take(ocid, r => new NoticeView(r.Text(1), r.GetString(2), r.Stamp(3))) ?? [],
                };
            }
        }
        finally
        {
            cursors.ForEach(c => c.Dispose());
        }
    }

    private static List<AwardView> Awards(string ocid, TableCursor awards, TableCursor suppliers)
    {
        var byAward = suppliers.Take(ocid, r => (Award: r.GetString(1), Supplier: new SupplierView(r.GetString(2), r.Text(3), r.Flag(4))))
            .ToLookup(s => s.Award, s => s.Supplier, StringComparer.Ordinal);
        return awards.Take(ocid, r =>
        {
            var id = r.GetString(1);
            return new AwardView(id, r.Text(2), r.Stamp(3), r.Real(4), r.Text(5), r.List(6), r.Whole(7) ?? 0, byAward[id].ToList());
        });
    }

    private static List<BidView> Bids(string ocid, TableCursor bids, TableCursor tenderers)
    {
        var byBid = tenderers.Take(ocid, r => (Bid: r.GetString(1), Organisation: r.GetString(2)))
            .ToLookup(t => t.Bid, t => t.Organisation, StringComparer.Ordinal);
        return bids.Take(ocid, r =>
        {
            var id = r.GetString(1);
            return new BidView(id, r.Text(2), r.Stamp(3), r.Real(4), r.Text(5), r.List(6), r.Whole(7) ?? 0, byBid[id].ToList());
        });
    }

    private static DbConnection Connect(DatabaseTarget target)
    {
        DbConnection connection = target.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(target.ConnectionString)
            : new NpgsqlConnection(target.ConnectionString);
        connection.Open();
        return connection;
    }
}
