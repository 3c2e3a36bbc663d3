using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Core.Suppliers;

namespace Steward.Data.Suppliers;

/// <summary>
/// Imports a supplier list (a council's supplier list, a directory export) as CSV: one row per supplier, columns named
/// as the profile fields (docs/suppliers.md, "CSV import"). Each row is laid over the supplier's stored profile (a
/// column left empty keeps what is stored; a row's accounts replace that year's), checked as a whole profile, and saved
/// on its own: a refused row is reported with its line and field and changes nothing. Each row is one line
/// (<see cref="CsvLines"/>): a stray quote or a wrong number of fields refuses that line alone.
/// </summary>
public static class SupplierCsv
{
    private static readonly string[] BoolColumns =
    [
        "assetLock", "socialPurpose", "providesSupportedEmployment", "publicServiceMission", "notForProfit", "distributesOnlyToMembers",
        "employeeControlled", "publicBodyControlled", "privateEquityOwned",
    ];

    private static readonly string[] NumberColumns = ["dividendCapPercent", "employees", "fte", "disabledOrDisadvantagedWorkers", "disabledOrDisadvantagedFte"];

    private static readonly string[] TextColumns = ["name", "legalForm", "purpose", "parentOrganisation", "ultimateOwner"];

    private static readonly string[] AccountColumns = ["turnover", "tradingIncome", "grantIncome", "surplus", "distributedToOwners", "reinvestedInMission", "balanceSheetTotal", "staff"];

    /// <summary>Identifier columns: a <c>scheme</c>/<c>id</c> pair, or a column per register.</summary>
    private static readonly Dictionary<string, string> RegisterColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["companiesHouse"] = "GB-COH",
        ["charityNumber"] = "GB-CHC",
        ["ppon"] = "GB-PPON",
        ["mutualsRegister"] = "GB-MPR",
    };

    /// <summary>Every column the import reads; any other column is reported once as ignored.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [.. TextColumns, "scheme", "id", .. RegisterColumns.Keys, .. BoolColumns, .. NumberColumns, "year", .. AccountColumns, "mainActivityCpv"];

    public static IReadOnlyList<CsvRowOutcome> Import(TextReader csv, string source, SupplierRegister register, string changedBy, Action<string>? warn = null) =>
        Import(csv, source, register, Accounts.ActingParty.Cli(changedBy), warn);

    /// <summary>Imports as the overload taking a name does, by <paramref name="changedBy"/> (kept in the audit trail).</summary>
    public static IReadOnlyList<CsvRowOutcome> Import(TextReader csv, string source, SupplierRegister register, Accounts.ActingParty changedBy, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(register);
        var outcomes = new List<CsvRowOutcome>();
        using var rows = CsvLines.Read(csv).GetEnumerator();
        if (!rows.MoveNext() || rows.Current.Problem is not null || rows.Current.Fields.All(h => h.Trim().Length == 0))
        {
            throw new RegisterException(rows.Current?.Problem is { } unreadable
                ? $"{source}: line {rows.Current.Line}: the header row cannot be read: {unreadable}"
                : $"{source}: line 1: no header row; the first row must name the columns ({string.Join(", ", Columns.Take(6))}, …)");
        }

        var header = rows.Current.Fields.Select(h => h.Trim()).ToList();
        var known = header.Select((h, i) => (Name: Columns.FirstOrDefault(c => c.Equals(h, StringComparison.OrdinalIgnoreCase)), Index: i))
            .Where(c => c.Name is not null).ToList();
        foreach (var unknown in header.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            warn?.Invoke($"{source}: column \"{unknown}\" is not a profile column; ignored");
        }

        if (!known.Any(k => k.Name == "name"))
        {
            throw new RegisterException($"{source}: line 1: there is no \"name\" column; every row needs the supplier's name");
        }

        while (rows.MoveNext())
        {
            var row = CsvLines.Expect(rows.Current, header.Count);
            if (row.Problem is not null)
            {
                // Refused whole: nothing of it reaches the register or its history, and the next line is read as usual.
                outcomes.Add(new CsvRowOutcome(row.Line, null, false, "refused", [$"line {row.Line}: {row.Problem}"]));
                continue;
            }

            var cells = known.ToDictionary(k => k.Name!, k => (string?)row.Fields[k.Index], StringComparer.Ordinal);
            outcomes.Add(ImportRow(row.Line, cells, register, changedBy));
        }

        return outcomes;
    }

    private static CsvRowOutcome ImportRow(int line, Dictionary<string, string?> cells, SupplierRegister register, Accounts.ActingParty changedBy)
    {
        var name = Cell(cells, "name");
        var problems = new List<string>();
        var row = new JsonObject();
        foreach (var column in TextColumns.Where(c => Cell(cells, c) is not null))
        {
            row[column] = Cell(cells, column);
        }

        foreach (var column in BoolColumns.Where(c => Cell(cells, c) is not null))
        {
            var value = Cell(cells, column)!.ToLowerInvariant();
            row[column] = value is "true" or "yes" or "y" or "1" ? true : value is "false" or "no" or "n" or "0" ? false : Bad(column, value, "yes or no");
        }

        foreach (var column in NumberColumns.Where(c => Cell(cells, c) is not null))
        {
            row[column] = Number(column, Cell(cells, column)!);
        }

        var identifiers = new JsonArray();
        if (Cell(cells, "scheme") is { } scheme && Cell(cells, "id") is { } id)
        {
            identifiers.Add(new JsonObject { ["scheme"] = scheme, ["id"] = id });
        }
        else if (Cell(cells, "scheme") is not null || Cell(cells, "id") is not null)
        {
            problems.Add($"line {line}: scheme and id: give both (e.g. GB-COH and 01234567) or neither");
        }

        foreach (var (column, registerScheme) in RegisterColumns.Where(r => Cell(cells, r.Key) is not null))
        {
            identifiers.Add(new JsonObject { ["scheme"] = registerScheme, ["id"] = Cell(cells, column) });
        }

        if (identifiers.Count > 0)
        {
            row["identifiers"] = identifiers;
        }

        if (Cell(cells, "mainActivityCpv") is { } codes)
        {
            row["mainActivityCpv"] = new JsonArray([.. codes.Split(';', ',', ' ').Where(c => c.Length > 0).Select(c => (JsonNode?)JsonValue.Create(c))]);
        }

        var accounts = AccountColumns.Where(c => Cell(cells, c) is not null).ToList();
        if (accounts.Count > 0 || Cell(cells, "year") is not null)
        {
            var year = Cell(cells, "year");
            if (year is null)
            {
                problems.Add($"line {line}: year: is required when accounts columns ({string.Join(", ", accounts)}) are given");
            }

            var entry = new JsonObject { ["year"] = year is null ? null : Number("year", year) };
            foreach (var column in accounts)
            {
                entry[column] = Number(column, Cell(cells, column)!);
            }

            row["accounts"] = new JsonArray(entry);
        }

        if (problems.Count > 0)
        {
            return new CsvRowOutcome(line, name, false, "refused", problems);
        }

        return Save(line, name, row, register, changedBy);

        JsonNode? Number(string column, string text)
        {
            var cleaned = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("£", string.Empty, StringComparison.Ordinal).TrimEnd('%');
            return decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? JsonValue.Create(value) : Bad(column, text, "a number");
        }

        JsonNode? Bad(string column, string value, string expected)
        {
            problems.Add($"line {line}: {column}: \"{value}\" is not {expected}");
            return null;
        }
    }

    private static CsvRowOutcome Save(int line, string? name, JsonObject row, SupplierRegister register, Accounts.ActingParty changedBy)
    {
        using var rowDocument = JsonDocument.Parse(row.ToJsonString());
        var rowProfile = SupplierProfileJson.Read(rowDocument.RootElement);
        if (!rowProfile.IsValid)
        {
            return new CsvRowOutcome(line, name, false, "refused", [.. rowProfile.Errors.Select(e => $"line {line}: {e.Message}")]);
        }

        var key = ProfileIdentifiers.RegisterId(rowProfile.Profile!);
        var stored = key is null ? null : register.Find(key) ?? FindByIdentifiers(register, rowProfile.Profile!);
        var merged = stored is null ? row : ProfileOverlay.Apply(JsonNode.Parse(stored.Json)!.AsObject(), row);
        using var document = JsonDocument.Parse(merged.ToJsonString());
        var read = SupplierProfileJson.Read(document.RootElement);
        if (!read.IsValid)
        {
            return new CsvRowOutcome(line, name, false, "refused", [.. read.Errors.Select(e => $"line {line}: {e.Message}")]);
        }

        try
        {
            var saved = register.Save(document.RootElement, read.Profile!, changedBy);
            var linked = saved.OrganisationId is null
                ? saved.Suggestions.Count > 0 ? $"; not linked: name matches {string.Join(", ", saved.Suggestions.Select(s => s.OrganisationId))} (confirm with steward suppliers link)" : "; not linked to a published organisation"
                : $"; linked to {saved.OrganisationId}";
            return new CsvRowOutcome(line, name, true, saved.Action + linked, []) { ProfileId = saved.Id, OrganisationId = saved.OrganisationId };
        }
        catch (RegisterException exception)
        {
            return new CsvRowOutcome(line, name, false, "refused", [$"line {line}: {exception.Message}"]);
        }
    }

    private static StoredProfile? FindByIdentifiers(SupplierRegister register, SupplierProfile profile) =>
        ProfileIdentifiers.Normalised(profile).Select(i => register.Find(i.Key)).FirstOrDefault(p => p is not null);

    private static string? Cell(Dictionary<string, string?> cells, string column) =>
        cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
