using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Steward.Cli.Tests;

/// <summary><c>steward</c> as a process of its own (to kill it as an operator's machine would), and a store's contents as text to compare.</summary>
internal static class StewardProcess
{
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "steward.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Counts of every table and every record's compiled JSON, in order.</summary>
    public static string Fingerprint(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }

        var text = new System.Text.StringBuilder($"{Count("records"):N0} records, {Count("releases")} releases, {Count("processes")} processes, " +
                                                 $"{Count("organisations")} organisations, {Count("organisation_identifiers")} identifiers, {Count("process_parties")} parties\n");
        using var records = connection.CreateCommand();
        records.CommandText = "SELECT ocid, release_count, compiled FROM records ORDER BY ocid";
        using var reader = records.ExecuteReader();
        while (reader.Read())
        {
            text.Append(reader.GetString(0)).Append(' ').Append(reader.GetInt64(1)).Append(' ').AppendLine(reader.GetString(2));
        }

        // The schema too: a first import drops indexes in its transaction, and whatever stops it must leave them.
        using var schema = connection.CreateCommand();
        schema.CommandText = "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name";
        using var objects = schema.ExecuteReader();
        while (objects.Read())
        {
            text.Append(objects.GetString(0)).Append(' ').Append(objects.GetString(1)).Append(' ').AppendLine(objects.GetString(2));
        }

        return text.ToString();
    }
}
