using System.CommandLine;
using System.Globalization;
using Steward.Data;

namespace Steward.Cli;

/// <summary>
/// Checks on options that take text, made while the command line is parsed: a file or folder that must exist, a
/// file to write in a folder that exists, a date, a web address, a database. Each bad value is a usage error naming
/// the option and the value, before anything runs.
/// </summary>
internal static class OptionChecks
{
    /// <summary>
    /// Adds a check: <paramref name="problem"/> says what is wrong with a value ("is not a date"), or null. The error
    /// reads <c>--option: "value" is not a date</c>.
    /// </summary>
    public static Option<T> Check<T>(this Option<T> option, Func<string, string?> problem)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (problem(token.Value) is { } message)
                {
                    result.AddError(message.StartsWith(option.Name, StringComparison.Ordinal) ? message : $"{option.Name}: \"{token.Value}\" {message}");
                }
            }
        });
        return option;
    }

    public static Option<T> ExistingFile<T>(this Option<T> option) =>
        option.Check(value => File.Exists(value) ? null : Directory.Exists(value) ? "is a folder, not a file" : "is not there (no such file)");

    public static Option<T> ExistingFolder<T>(this Option<T> option) =>
        option.Check(value => Directory.Exists(value) ? null : "is not there (no such folder)");

    /// <summary>A file to write: <c>-</c> (standard output), or a path whose folder exists and that is not a folder itself.</summary>
    public static Option<T> FileToWrite<T>(this Option<T> option) => option.Check(value =>
    {
        if (value == "-")
        {
            return null;
        }

        if (value.Length == 0 || Directory.Exists(value))
        {
            return value.Length == 0 ? "is not a file name" : "is a folder; give a file name in it";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(value));
        return folder is null || Directory.Exists(folder) ? null : $"cannot be written: the folder {folder} does not exist";
    });

    /// <summary>A day or date-time as ISO 8601 (2025-04-01, 2025-04-01T09:00:00Z).</summary>
    public static Option<T> Instant<T>(this Option<T> option) => option.Check(value =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            ? null
            : "is not a date; write YYYY-MM-DD or an ISO 8601 date-time");

    public static Option<T> WebAddress<T>(this Option<T> option) => option.Check(value =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? null
            : "is not an absolute URL (http:// or https://)");

    /// <summary>As <c>--db</c> takes it: a SQLite file (not a folder), a PostgreSQL connection string or URL.</summary>
    public static Option<T> OneOf<T>(this Option<T> option, string described, params string[] allowed) =>
        option.Check(value => allowed.Contains(value, StringComparer.Ordinal) ? null : $"is not {described}");

    public static Option<T> Database<T>(this Option<T> option) => option.Check(value =>
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "is not a SQLite file, a PostgreSQL connection string or a postgres:// URL";
        }

        try
        {
            _ = DatabaseTarget.Parse(value);
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    });
}
