using Steward.Data.Ingest;

namespace Steward.Data.Figures;

/// <summary>
/// Writes the suppliers list (<c>figure_suppliers</c>) and each supplier's value by market
/// (<c>figure_supplier_markets</c>) with the suppliers' stored figures, in the same transaction (ADR 0016). The
/// name is the organisation directory's at the time of writing; an import that renames an organisation without
/// touching its figures renames its line (<see cref="RefreshNames"/>).
/// </summary>
internal static class SupplierListWriter
{
    /// <summary>Between the cells of <see cref="Entities.FigureSupplierRow.Search"/>: a character no one types, so a match never runs from one cell into the next.</summary>
    public const char CellBreak = '\u0001';

    /// <summary>The tables the list is written to.</summary>
    public static readonly string[] Tables = ["figure_suppliers", "figure_supplier_markets"];

    public static void DeleteAll(StoreSession session)
    {
        session.Execute("DELETE FROM figure_suppliers");
        session.Execute("DELETE FROM figure_supplier_markets");
    }

    /// <summary>Deletes the lines of the suppliers whose ids <paramref name="ids"/> (a query of one column) gives.</summary>
    public static void Delete(StoreSession session, string ids)
    {
        session.Execute($"DELETE FROM figure_suppliers WHERE supplier_id IN ({ids})");
        session.Execute($"DELETE FROM figure_supplier_markets WHERE supplier_id IN ({ids})");
    }

    /// <summary>Writes the suppliers' lines, then their values by market (one bulk write at a time: PostgreSQL copies one table at a time on a connection).</summary>
    public static void Write(StoreSession session, IReadOnlyList<StoredSupplier> suppliers, Func<string, string?> name)
    {
        using (var lines = session.Open("figure_suppliers", "supplier_id", "name", "name_key", "scale", "vcse", "awards", "award_value", "framework_places",
            "buyers", "id_key", "search", "award_value_ascending", "award_value_descending", "scale_ascending", "scale_descending", "vcse_ascending",
            "vcse_descending"))
        {
            foreach (var s in suppliers.Select(s => s.Figures))
            {
                var named = name(s.SupplierId);
                lines.Write(s.SupplierId, named, NameKey(named, s.SupplierId), s.Scale, s.Vcse, s.Awards, s.AwardValue, s.FrameworkPlaces, s.Buyers,
                    s.SupplierId.ToUpperInvariant(), Search(named, s.Scale, s.SupplierId), SupplierListKeys.Ascending(s.AwardValue),
                    SupplierListKeys.Descending(s.AwardValue), SupplierListKeys.Ascending(s.Scale), SupplierListKeys.Descending(s.Scale),
                    SupplierListKeys.Ascending(s.Vcse), SupplierListKeys.Descending(s.Vcse));
            }

            lines.Complete();
        }

        using var markets = session.Open("figure_supplier_markets", "market", "supplier_id", "value");
        foreach (var s in suppliers.Select(s => s.Figures))
        {
            foreach (var market in s.Markets)
            {
                markets.Write(FigureCalculator.Market(new(market.Cpv, market.Region)), s.SupplierId, market.Value);
            }
        }

        markets.Complete();
    }

    /// <summary>
    /// Gives the listed suppliers among the organisations <paramref name="organisations"/> (a query of one column)
    /// their names in the directory now: an import renames an organisation when a later process publishes it
    /// (<see cref="Ingest.OrganisationWriter"/>), which need not touch the processes it supplied.
    /// </summary>
    public static void RefreshNames(StoreSession session, string organisations)
    {
        var renamed = new List<(string Id, string? Name, string? Scale)>();
        using (var command = session.Command($"""
            SELECT s.supplier_id, s.name, o.name, s.scale FROM figure_suppliers s JOIN organisations o ON o.id = s.supplier_id
            WHERE s.supplier_id IN ({organisations})
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var (listed, now) = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                if (!string.Equals(listed, now, StringComparison.Ordinal))
                {
                    renamed.Add((reader.GetString(0), now, reader.IsDBNull(3) ? null : reader.GetString(3)));
                }
            }
        }

        foreach (var (id, name, scale) in renamed)
        {
            session.Execute("UPDATE figure_suppliers SET name = @p0, name_key = @p1, search = @p2 WHERE supplier_id = @p3",
                name, NameKey(name, id), Search(name, scale, id), id);
        }
    }

    private static string NameKey(string? name, string id) => (name ?? id).ToUpperInvariant();

    private static string Search(string? name, string? scale, string id) =>
        string.Join(CellBreak, new[] { name ?? id, scale, id }.OfType<string>().Select(t => t.ToLowerInvariant()));
}
