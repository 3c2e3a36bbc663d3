using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Steward.Data.Analytics;

namespace Steward.Data.Portal;

/// <summary>
/// Full-text search over processes and their notices with filters: SQLite FTS5 (<c>search_index</c>, ranked by
/// bm25) or PostgreSQL full-text search (<c>search_texts.document</c>, ranked by ts_rank). Every value the user
/// gives reaches the database as a parameter.
/// </summary>
public static partial class ProcessSearch
{
    /// <summary>Deeper pages than this are refused: narrow the search instead (keeps OFFSET cheap).</summary>
    public const int MaxPage = 500;

    private const string Columns = "p.ocid, p.title, p.buyer_id, p.buyer_name, p.status, p.procurement_method, p.tender_value, p.tender_currency, p.first_published, p.main_cpv";

    public static SearchResult Search(DatabaseTarget target, SearchCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(criteria);
        var pageSize = Math.Clamp(criteria.PageSize, 1, SearchCriteria.MaxPageSize);
        var page = Math.Clamp(criteria.Page, 1, MaxPage);
        var query = Build(target.Provider, criteria);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var total = Convert.ToInt32(StoreQuery.Scalar(connection, $"SELECT count(*) {query.From}", query.Parameters), CultureInfo.InvariantCulture);
            var parameters = new Dictionary<string, object?>(query.Parameters, StringComparer.Ordinal)
            {
                ["@limit"] = pageSize,
                ["@offset"] = (page - 1) * pageSize,
            };
            var hits = StoreQuery.List(connection, $"SELECT {Columns} {query.From} ORDER BY {query.Order} LIMIT @limit OFFSET @offset", parameters, Hit);
            return new SearchResult(hits, total, page, pageSize);
        });
    }

    /// <summary>The ocids of every match, best first, up to <paramref name="limit"/> (for exports).</summary>
    public static IReadOnlyList<string> Ocids(DatabaseTarget target, SearchCriteria criteria, int limit)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(criteria);
        var query = Build(target.Provider, criteria);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var parameters = new Dictionary<string, object?>(query.Parameters, StringComparer.Ordinal) { ["@limit"] = limit };
            return StoreQuery.List(connection, $"SELECT p.ocid {query.From} ORDER BY {query.Order} LIMIT @limit", parameters, r => r.GetString(0));
        });
    }

    /// <summary>The words of a search as an FTS5 query: each word quoted (so no FTS5 syntax gets through), all required.</summary>
    public static string? Fts5Query(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Word().Matches(text).Select(m => m.Value).Take(32).ToList();
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w}\""));
    }

    private static (string From, string Order, Dictionary<string, object?> Parameters) Build(DatabaseProvider provider, SearchCriteria c)
    {
        var postgres = provider == DatabaseProvider.Postgres;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var from = new StringBuilder("FROM processes p");
        var where = new List<string>();
        string? rank = null;
        if (postgres && !string.IsNullOrWhiteSpace(c.Text) && Fts5Query(c.Text) is not null)
        {
            from.Append(" JOIN search_texts t ON t.ocid = p.ocid");
            where.Add("t.document @@ websearch_to_tsquery('english', @text)");
            parameters["@text"] = c.Text.Trim();
            rank = "ts_rank(t.document, websearch_to_tsquery('english', @text)) DESC";
        }
        else if (!postgres && Fts5Query(c.Text) is { } match)
        {
            from.Append(" JOIN search_texts t ON t.ocid = p.ocid JOIN search_index ON search_index.rowid = t.id");
            where.Add("search_index MATCH @text");
            parameters["@text"] = match;
            rank = "bm25(search_index, 4.0, 1.0)";
        }

        if (!string.IsNullOrWhiteSpace(c.Buyer))
        {
            where.Add(postgres ? "(p.buyer_id = @buyer OR p.buyer_name ILIKE @buyerLike)" : "(p.buyer_id = @buyer OR p.buyer_name LIKE @buyerLike)");
            parameters["@buyer"] = c.Buyer.Trim();
            parameters["@buyerLike"] = $"%{Escape(c.Buyer.Trim())}%";
        }

        if (Digits(c.Cpv) is { } cpv)
        {
            where.Add("p.main_cpv LIKE @cpv");
            parameters["@cpv"] = cpv + "%";
        }

        if (!string.IsNullOrWhiteSpace(c.Region))
        {
            where.Add("EXISTS (SELECT 1 FROM regions r WHERE r.ocid = p.ocid AND r.code LIKE @region)");
            parameters["@region"] = Escape(c.Region.Trim().ToUpperInvariant()) + "%";
        }

        if (c.MinValue is { } min)
        {
            where.Add("p.tender_value >= @minValue");
            parameters["@minValue"] = min;
        }

        if (c.MaxValue is { } max)
        {
            where.Add("p.tender_value <= @maxValue");
            parameters["@maxValue"] = max;
        }

        if (c.From is { } fromDay)
        {
            where.Add("COALESCE(p.first_published, p.date) >= @from");
            parameters["@from"] = fromDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        if (c.To is { } toDay)
        {
            where.Add("COALESCE(p.first_published, p.date) < @to");
            parameters["@to"] = toDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        Equal(where, parameters, "p.procurement_method", "@procedure", c.Procedure);
        Equal(where, parameters, "p.status", "@status", c.Status);
        if (!string.IsNullOrWhiteSpace(c.NoticeType))
        {
            where.Add("EXISTS (SELECT 1 FROM notices n WHERE n.ocid = p.ocid AND n.notice_type = @noticeType)");
            parameters["@noticeType"] = c.NoticeType.Trim().ToUpperInvariant();
        }

        if (c.SuitableForSme)
        {
            where.Add("EXISTS (SELECT 1 FROM lots l WHERE l.ocid = p.ocid AND l.suitable_for_sme)");
        }

        if (c.SuitableForVcse)
        {
            where.Add("EXISTS (SELECT 1 FROM lots l WHERE l.ocid = p.ocid AND l.suitable_for_vcse)");
        }

        if (c.Reserved)
        {
            where.Add("EXISTS (SELECT 1 FROM lots l WHERE l.ocid = p.ocid AND l.reserved_participation IS NOT NULL)");
        }

        if (where.Count > 0)
        {
            from.Append(" WHERE ").AppendJoin(" AND ", where);
        }

        var newest = postgres ? "p.first_published DESC NULLS LAST, p.ocid" : "p.first_published IS NULL, p.first_published DESC, p.ocid";
        var order = c.Order switch
        {
            SearchOrder.Value => postgres ? "p.tender_value DESC NULLS LAST, p.ocid" : "p.tender_value IS NULL, p.tender_value DESC, p.ocid",
            SearchOrder.Newest => newest,
            _ => rank is null ? newest : $"{rank}, p.ocid",
        };
        return (from.ToString(), order, parameters);
    }

    private static void Equal(List<string> where, Dictionary<string, object?> parameters, string column, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            where.Add($"{column} = {name}");
            parameters[name] = value.Trim();
        }
    }

    private static string? Digits(string? cpv)
    {
        var digits = new string((cpv ?? string.Empty).TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits[..Math.Min(8, digits.Length)];
    }

    /// <summary>A '%' in the user's text is dropped, so a LIKE cannot be widened to match everything.</summary>
    private static string Escape(string text) => text.Replace("%", string.Empty, StringComparison.Ordinal);

    private static SearchHit Hit(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Real(6), r.Text(7), r.Stamp(8), r.Text(9));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
