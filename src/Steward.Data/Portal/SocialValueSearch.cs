using System.Globalization;
using Steward.Data.Analytics;

namespace Steward.Data.Portal;

/// <summary>
/// Social value in peers' tenders (docs/portal.md): every process that publishes a social value award criterion or
/// community-benefit text, with its buyer, year and CPV code, the criteria and weights as Steward reads them, and the
/// text; filtered by words, buyer, CPV prefix and year, newest first. Duplicates are left out, and processes from
/// publishers outside the UK unless asked for.
/// </summary>
public static class SocialValueSearch
{
    /// <summary>A page of matches (one more row is read to say whether another page follows).</summary>
    public static SocialValuePage Search(DatabaseTarget target, SocialValueQuery criteria)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(criteria);
        var size = Math.Clamp(criteria.PageSize, 1, 5000);
        var page = Math.Clamp(criteria.Page, 1, ProcessSearch.MaxPage);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var postgres = target.Provider == DatabaseProvider.Postgres;
            var (where, parameters) = Where(criteria, postgres);
            parameters["@limit"] = size + 1;
            parameters["@offset"] = (page - 1) * size;
            var heads = StoreQuery.List(connection, $"""
                SELECT p.ocid, p.title, p.buyer_id, p.buyer_name, p.first_published, p.main_cpv, t.source, t.excerpt
                FROM processes p LEFT JOIN social_value_texts t ON t.ocid = p.ocid
                WHERE {where}
                ORDER BY p.first_published DESC{(postgres ? " NULLS LAST" : string.Empty)}, p.ocid
                LIMIT @limit OFFSET @offset
                """, parameters, r => (Ocid: r.GetString(0), Title: r.Text(1), BuyerId: r.Text(2), Buyer: r.Text(3), First: r.Stamp(4), Cpv: r.Text(5),
                Source: r.Text(6), Excerpt: r.Text(7)));
            var ocids = heads.Take(size).Select(h => h.Ocid).ToList();
            var criteriaByOcid = Criteria(connection, ocids);
            var rows = heads.Take(size).Select(h => new SocialValueRow(h.Ocid, h.Title, h.BuyerId, h.Buyer, h.First?.Year, h.Cpv,
                criteriaByOcid.GetValueOrDefault(h.Ocid) ?? [], h.Excerpt, h.Source)).ToList();
            return new SocialValuePage(rows, heads.Count > size, page, size);
        });
    }

    private static (string Where, Dictionary<string, object?> Parameters) Where(SocialValueQuery c, bool postgres)
    {
        var like = postgres ? "ILIKE" : "LIKE";
        var conditions = new List<string>
        {
            "p.duplicate_of IS NULL",
            "(t.ocid IS NOT NULL OR EXISTS (SELECT 1 FROM award_criteria c WHERE c.ocid = p.ocid AND c.social_value))",
        };
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!c.AllPublishers)
        {
            conditions.Add(SearchFilters.UkPublishers("p"));
        }

        if (!string.IsNullOrWhiteSpace(c.Text))
        {
            parameters["@text"] = $"%{Escape(c.Text)}%";
            conditions.Add($"(p.title {like} @text OR t.excerpt {like} @text OR EXISTS (SELECT 1 FROM award_criteria c WHERE c.ocid = p.ocid AND c.social_value AND (c.name {like} @text OR c.description {like} @text)))");
        }

        if (!string.IsNullOrWhiteSpace(c.Buyer))
        {
            parameters["@buyer"] = c.Buyer.Trim();
            parameters["@buyerLike"] = $"%{Escape(c.Buyer)}%";
            conditions.Add($"(p.buyer_id = @buyer OR p.buyer_name {like} @buyerLike)");
        }

        if (new string((c.Cpv ?? string.Empty).TakeWhile(char.IsAsciiDigit).ToArray()) is { Length: > 0 } cpv)
        {
            var prefix = cpv[..Math.Min(8, cpv.Length)];
            parameters["@cpv"] = prefix;
            if (SearchFilters.NextPrefix(prefix) is { } end)
            {
                parameters["@cpvEnd"] = end;
                conditions.Add("p.main_cpv >= @cpv AND p.main_cpv < @cpvEnd");
            }
            else
            {
                conditions.Add("p.main_cpv >= @cpv");
            }
        }

        if (c.Year is { } year)
        {
            parameters["@from"] = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            parameters["@until"] = new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            conditions.Add("p.first_published >= @from AND p.first_published < @until");
        }

        return (string.Join(" AND ", conditions), parameters);
    }

    private static Dictionary<string, IReadOnlyList<SocialValueCriterion>> Criteria(System.Data.Common.DbConnection connection, IReadOnlyList<string> ocids)
    {
        var found = new Dictionary<string, IReadOnlyList<SocialValueCriterion>>(StringComparer.Ordinal);
        foreach (var chunk in ocids.Chunk(200))
        {
            var names = chunk.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@o{i}")).ToList();
            var rows = StoreQuery.List(connection, $"""
                SELECT ocid, lot_id, type, name, description, weight_read, social_value FROM award_criteria
                WHERE ocid IN ({string.Join(", ", names)}) ORDER BY ocid, lot_id, ordinal
                """, StoreQuery.With([.. chunk.Select((o, i) => (names[i], (object?)o))]),
                r => (Ocid: r.GetString(0), Criterion: new SocialValueCriterion(r.GetString(1), r.Text(2), r.Text(3) ?? r.Text(4), r.Real(5), r.Flag(6) ?? false)));
            foreach (var group in rows.GroupBy(r => r.Ocid, StringComparer.Ordinal))
            {
                found[group.Key] = group.Select(g => g.Criterion).ToList();
            }
        }

        return found;
    }

    private static string Escape(string text) => text.Trim().Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", " ", StringComparison.Ordinal);
}

/// <summary>What the social value list asks for; null means any.</summary>
public sealed record SocialValueQuery
{
    public string? Text { get; init; }

    /// <summary>A buyer's organisation id (exact), or words of its name.</summary>
    public string? Buyer { get; init; }

    public string? Cpv { get; init; }

    /// <summary>First published in this calendar year.</summary>
    public int? Year { get; init; }

    public bool AllPublishers { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

/// <summary>A page of the social value list.</summary>
public sealed record SocialValuePage(IReadOnlyList<SocialValueRow> Rows, bool HasMore, int Page, int PageSize);

/// <summary>One process's published social value: its criteria (all, with the social value ones marked) and its community-benefit text.</summary>
public sealed record SocialValueRow(string Ocid, string? Title, string? BuyerId, string? BuyerName, int? Year, string? MainCpv,
    IReadOnlyList<SocialValueCriterion> Criteria, string? Excerpt, string? ExcerptSource);

/// <summary>An award criterion of a lot: its type, name, weight in percent as read (<c>null</c> when not published), and whether it is about social value.</summary>
public sealed record SocialValueCriterion(string LotId, string? Type, string? Name, double? Weight, bool SocialValue);
