using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Steward.Data;

namespace Steward.Bench;

/// <summary>
/// <c>load-paths DB OUT</c>: the addresses the portal's load benchmark asks for (bench/load/run.sh), drawn from the
/// store with a fixed seed: buyer pages, process pages, searches (words from titles, some with filters), and the long
/// lists (buyers, suppliers, markets, flags) at any page, sorted by a figure or filtered by part of a name.
/// </summary>
internal static class LoadPaths
{
    private const int PerKind = 2000;

    private static readonly string[] Regions = ["UKC", "UKD", "UKE", "UKF", "UKG", "UKH", "UKI", "UKJ", "UKK", "UKL", "UKM", "UKN"];
    private static readonly string[] Procedures = ["open", "selective", "limited", "direct"];

    public static int Run(string db, string folder)
    {
        var target = DatabaseTarget.Parse(db);
        DatabaseMigrator.EnsureReady(target);
        using DbConnection connection = target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(target.ConnectionString) : new NpgsqlConnection(target.ConnectionString);
        connection.Open();
        var random = new Random(2026);
        var buyers = Column(connection, "SELECT DISTINCT COALESCE(buyer_party_id, buyer_name) FROM processes WHERE buyer_id IS NOT NULL");
        var processes = Column(connection, "SELECT ocid FROM processes");
        var titles = Column(connection, "SELECT title FROM processes WHERE title IS NOT NULL");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "buyer-paths.txt"), Sample(buyers, random).Select(b => $"/buyer?id={Uri.EscapeDataString(b)}"));
        File.WriteAllLines(Path.Combine(folder, "process-paths.txt"), Sample(processes, random).Select(o => $"/processes/{Uri.EscapeDataString(o)}"));
        File.WriteAllLines(Path.Combine(folder, "search-paths.txt"), Sample(titles, random).Select(t => Search(t, random)));
        var names = Column(connection, "SELECT DISTINCT buyer_name FROM processes WHERE buyer_name IS NOT NULL");
        var suppliers = Column(connection, "SELECT organisation_id FROM award_suppliers GROUP BY organisation_id").Count;
        File.WriteAllLines(Path.Combine(folder, "list-paths.txt"), Sample(names, random).Select(n => List(n, buyers.Count, suppliers, random)));
        Console.Error.WriteLine($"{PerKind} paths each of buyers ({buyers.Count:N0}), processes ({processes.Count:N0}), searches and lists → {folder}");
        return 0;
    }

    /// <summary>One or two words of a title; a quarter also filter by region, a quarter search by filters alone.</summary>
    private static string Search(string title, Random random)
    {
        var words = title.Split([' ', '[', ']', '(', ')', ',', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && w.All(char.IsLetter) && !w.Equals("synthetic", StringComparison.OrdinalIgnoreCase)).ToList();
        var text = words.Count == 0 ? "services" : string.Join(' ', words.Skip(random.Next(words.Count)).Take(random.Next(1, 3)));
        return random.Next(4) switch
        {
            0 => $"/search?region={Regions[random.Next(Regions.Length)]}&procedure={Procedures[random.Next(Procedures.Length)]}&sort=newest",
            1 => $"/search?q={Uri.EscapeDataString(text)}&region={Regions[random.Next(Regions.Length)]}",
            _ => $"/search?q={Uri.EscapeDataString(text)}",
        };
    }

    /// <summary>A page of a long list: a random page sorted by a random figure, or a filter by part of a buyer's name.</summary>
    private static string List(string buyerName, int buyers, int suppliers, Random random)
    {
        var part = buyerName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).DefaultIfEmpty("Council").ElementAt(0);
        string Sorted(string list, string[] sorts, int rows) =>
            $"/{list}?{list}-sort={sorts[random.Next(sorts.Length)]}&{list}-dir={(random.Next(2) == 0 ? "asc" : "desc")}&{list}-page={1 + random.Next(Math.Max(1, rows / 50))}";
        return random.Next(6) switch
        {
            0 => Sorted("buyers", ["awardValue", "processes", "smeShare", "directAwardShare", "buyerName"], buyers),
            1 => $"/buyers?buyers-q={Uri.EscapeDataString(part[..Math.Min(part.Length, 5)])}",
            2 => Sorted("suppliers", ["awardValue", "awards", "buyers", "name"], suppliers),
            3 => $"/suppliers?suppliers-q={Uri.EscapeDataString(part[..Math.Min(part.Length, 4)])}",
            // Markets are CPV division × region × year (about 2,000 at the UK record's size); a page past the last is held to it.
            4 => Sorted("markets", ["value", "hhi", "suppliers", "top4Share"], 2000),
            _ => $"/flags?page={1 + random.Next(20)}",
        };
    }

    private static List<string> Sample(List<string> values, Random random) =>
        values.Count == 0 ? [] : Enumerable.Range(0, PerKind).Select(_ => values[random.Next(values.Count)]).ToList();

    private static List<string> Column(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
