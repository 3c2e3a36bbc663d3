namespace Steward.Data.Portal;

/// <summary>The SQL conditions for a search's filters (on <c>processes p</c>), with their parameters.</summary>
internal sealed class SearchFilters
{
    private SearchFilters()
    {
    }

    /// <summary>The conditions for reading a page of matches.</summary>
    public List<string> Conditions { get; } = [];

    /// <summary>
    /// The same conditions written for counting every match (they differ for the region: the set of the region's
    /// processes, joined once, instead of a check per process).
    /// </summary>
    public List<string> CountConditions { get; } = [];

    public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether one of the conditions leaves out processes published outside the UK (<see cref="UkPublishers"/>).</summary>
    public bool UkOnly { get; private set; }

    /// <summary>How many conditions narrow the search beyond leaving out processes published outside the UK.</summary>
    public int Narrowing => Conditions.Count - (UkOnly ? 1 : 0);

    public static SearchFilters Build(SearchCriteria c, bool postgres)
    {
        var filters = new SearchFilters();
        if (!string.IsNullOrWhiteSpace(c.Buyer))
        {
            filters.Add(postgres ? "(p.buyer_id = @buyer OR p.buyer_name ILIKE @buyerLike)" : "(p.buyer_id = @buyer OR p.buyer_name LIKE @buyerLike)",
                ("@buyer", c.Buyer.Trim()), ("@buyerLike", $"%{c.Buyer.Trim().Replace("%", string.Empty, StringComparison.Ordinal)}%"));
        }

        if (Digits(c.Cpv) is { } cpv)
        {
            // A prefix as a range, so the index on main_cpv serves it on both engines.
            filters.Prefix("p.main_cpv", "@cpv", cpv);
        }

        if (!string.IsNullOrWhiteSpace(c.Region))
        {
            var region = new string(c.Region.Trim().ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
            var end = NextPrefix(region);
            var range = end is null ? "r.code >= @region" : "r.code >= @region AND r.code < @regionEnd";
            var plainRange = range.Replace("r.code", $"{Plain(postgres)}r.code", StringComparison.Ordinal);
            // A process with no region of its own finer than the whole country counts in its buyer's (as markets do);
            // the import marks such processes (processes.uses_buyer_region), so no query looks for missing regions rows.
            var buyerRange = range.Replace("r.code", "o.region", StringComparison.Ordinal);
            var exists = $"(EXISTS (SELECT 1 FROM regions r WHERE r.ocid = p.ocid AND {plainRange}) OR " +
                         $"(p.uses_buyer_region AND EXISTS (SELECT 1 FROM organisations o WHERE o.id = p.buyer_id AND {buyerRange})))";
            // PostgreSQL turns EXISTS under OR into hashed subplans, built over every region row in the range: wasted on a
            // page sorted newest first. There a scalar subquery with LIMIT 1 stays a probe of the primary key per
            // candidate, and the page stops after the rows it needs (4-23 ms at 400,000 releases).
            var probe = $"((SELECT 1 FROM regions r WHERE r.ocid = p.ocid AND {range} LIMIT 1) IS NOT NULL OR " +
                        $"(p.uses_buyer_region AND (SELECT 1 FROM organisations o WHERE o.id = p.buyer_id AND {buyerRange}) IS NOT NULL))";
            // Counting every match: the set of processes in the region, read from the index on regions.code and the partial
            // index of processes found by their buyer, then joined once (a correlated EXISTS per process took 0.35-0.5 s
            // alone at 400,000 releases, and 2 s on average with 50 searches at once; docs/performance.md).
            var inRegion = $"p.ocid IN (SELECT r.ocid FROM regions r WHERE {range} UNION ALL " +
                           $"SELECT b.ocid FROM processes b JOIN organisations o ON o.id = b.buyer_id WHERE b.uses_buyer_region AND {buyerRange})";
            filters.Conditions.Add(postgres ? probe : exists);
            filters.CountConditions.Add(inRegion);
            filters.Parameters["@region"] = region;
            if (end is not null)
            {
                filters.Parameters["@regionEnd"] = end;
            }
        }

        if (c.MinValue is { } min)
        {
            filters.Add("p.tender_value >= @minValue", ("@minValue", min));
        }

        if (c.MaxValue is { } max)
        {
            filters.Add("p.tender_value <= @maxValue", ("@maxValue", max));
        }

        if (c.From is { } from)
        {
            filters.Add("COALESCE(p.first_published, p.date) >= @from", ("@from", from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }

        if (c.To is { } to)
        {
            filters.Add("COALESCE(p.first_published, p.date) < @to", ("@to", to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }

        if (!string.IsNullOrWhiteSpace(c.Procedure))
        {
            filters.Add("p.procurement_method = @procedure", ("@procedure", c.Procedure.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(c.Status))
        {
            filters.Add("p.status = @status", ("@status", c.Status.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(c.NoticeType))
        {
            filters.Add($"EXISTS (SELECT 1 FROM notices n WHERE n.ocid = p.ocid AND {Plain(postgres)}n.notice_type = @noticeType)",
                ("@noticeType", c.NoticeType.Trim().ToUpperInvariant()));
        }

        if (c.SuitableForSme)
        {
            filters.Add("EXISTS (SELECT 1 FROM lots l WHERE l.ocid = p.ocid AND l.suitable_for_sme)");
        }

        if (c.SuitableForVcse)
        {
            filters.Add("EXISTS (SELECT 1 FROM lots l WHERE l.ocid = p.ocid AND l.suitable_for_vcse)");
        }

        if (c.Reserved)
        {
            filters.Add("EXISTS (SELECT 1 FROM lots l WHERE l.ocid = p.ocid AND l.reserved_participation IS NOT NULL)");
        }

        if (c.Open)
        {
            var today = c.Today ?? throw new ArgumentException("An open-opportunities search needs the day to judge it on (SearchCriteria.Today).", nameof(c));
            filters.Add("p.tender_end >= @today", ("@today", today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }

        if (!c.AllPublishers)
        {
            filters.Add(UkPublishers("p"));
            filters.UkOnly = true;
        }

        return filters;
    }

    /// <summary>The condition that the process (table alias <paramref name="processes"/>) was published in the UK (<see cref="Core.Processes.Publishers.IsOutsideUk"/>).</summary>
    internal static string UkPublishers(string processes) => $"NOT {processes}.outside_uk";

    /// <summary>
    /// SQLite: a unary plus keeps the planner from using that column's index, so a filter is checked by the table's
    /// primary key (ocid first) for each candidate process, rather than by scanning every row with the value.
    /// </summary>
    private static string Plain(bool postgres) => postgres ? string.Empty : "+";

    private void Add(string condition, params (string Name, object? Value)[] parameters)
    {
        Conditions.Add(condition);
        CountConditions.Add(condition);
        foreach (var (name, value) in parameters)
        {
            Parameters[name] = value;
        }
    }

    /// <summary>"Starts with" as a range, so that an index serves it on both engines (LIKE cannot on SQLite).</summary>
    private void Prefix(string column, string name, string prefix)
    {
        var end = NextPrefix(prefix);
        Add(end is null ? $"{column} >= {name}" : $"{column} >= {name} AND {column} < {name}End", (name, prefix), (name + "End", end));
    }

    /// <summary>
    /// The smallest code (of digits and capital letters) above every code starting with <paramref name="prefix"/>:
    /// "85" → "86", "UKI" → "UKJ", "U9" → "UA", "UKZ" → "UL"; null when there is none ("ZZ").
    /// </summary>
    internal static string? NextPrefix(string prefix)
    {
        for (var i = prefix.Length - 1; i >= 0; i--)
        {
            var c = prefix[i];
            if (c == 'Z')
            {
                continue;
            }

            return string.Concat(prefix.AsSpan(0, i), c == '9' ? "A" : ((char)(c + 1)).ToString());
        }

        return null;
    }

    /// <summary>The leading digits of a CPV code (at most 8), or null.</summary>
    private static string? Digits(string? cpv)
    {
        var digits = new string((cpv ?? string.Empty).TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits[..Math.Min(8, digits.Length)];
    }
}
