using System.CommandLine;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary>
/// Every option of every verb, found by walking the command tree (issue 17): a bad value, or no value, is a usage
/// error (exit 2) whose message names the option or the value, checked while parsing, never a crash or a stack
/// trace. A new option must say here what a bad value for it is, or that any text is good.
/// </summary>
public sealed class OptionValuesTests
{
    /// <summary>Options whose every text is a good value (names, ids, free text).</summary>
    private static readonly HashSet<string> AnyText =
    [
        "--by", "--uri", "--publisher-name", "--publisher-uri", "--publisher-scheme", "--publisher-uid", "--organisation", "--identifier",
        "--head", "--subject", "--ocid", "--lot", "--buyer", "--cpv", "--id", "--email", "--name", "--supplier", "--title",
    ];

    /// <summary>Bad values for options that take text: for each, a value that must be refused.</summary>
    private static readonly Dictionary<string, string[]> BadText = new(StringComparer.Ordinal)
    {
        ["--db"] = [Path.GetTempPath()],
        ["--output"] = ["/nonexistent-steward-folder/out.json"],
        ["--changes"] = ["/nonexistent-steward-folder/changes.jsonl"],
        ["--schema"] = ["/nonexistent-steward-folder/schema"],
        ["--temp-dir"] = ["/nonexistent-steward-folder/temp"],
        ["--rules"] = ["/nonexistent-steward-folder/rules.json"],
        ["--models"] = ["/nonexistent-steward-folder/models.json"],
        ["--policy"] = ["/nonexistent-steward-folder/policy.json"],
        ["--from"] = ["not-a-date"],
        ["--to"] = ["2024-13-45"],
        ["--on"] = ["yesterday"],
        ["--award-date"] = ["31/02/2024"],
        ["--published-date"] = ["soon"],
        ["--format"] = ["xml"],
        ["--publishers"] = ["some"],
        ["--reservation"] = ["s99"],
        ["--side"] = ["neither"],
        ["--role"] = ["emperor"],
        ["--base-url"] = ["not a url"],
        ["--level"] = ["planet"],
        ["--url"] = ["portal.example"],
        ["--valid-for"] = ["8d", "forever"],
        ["--calendar"] = ["wales"],
        ["--holidays"] = ["/nonexistent-steward-folder/holidays.json"],
        ["--sources"] = ["fts,ted", ","],
        ["--since"] = ["last week"],
        ["--fts-url"] = ["find-tender.example"],
        ["--contracts-finder-url"] = ["ftp://contracts.example/"],
    };

    public static TheoryData<string, string, string> BadValues()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var (path, option) in Options())
        {
            var name = option.Name;
            var type = option.ValueType;
            if (type == typeof(bool) || type == typeof(bool?))
            {
                continue;
            }

            var values = new List<string>();
            if (Numeric(type))
            {
                values.AddRange(["abc", "99999999999999999999999", "1e999"]);
                if (name != "--seed")
                {
                    values.Add("-1");
                }
            }
            else if ((Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(DateTime) || t == typeof(DateOnly)))
            {
                values.AddRange(["not-a-date", "2024-02-30"]);
            }
            else if (type.IsEnum)
            {
                values.Add("planet");
            }
            else if (BadText.TryGetValue(name, out var bad))
            {
                values.AddRange(bad);
            }
            else if (!AnyText.Contains(name))
            {
                throw new InvalidOperationException($"{path} {name}: say in BadText what a bad value is, or add it to AnyText");
            }

            foreach (var value in values)
            {
                cases.Add(path, name, value);
            }
        }

        return cases;
    }

    public static TheoryData<string, string> ValuedOptions()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (path, option) in Options().Where(o => o.Option.ValueType != typeof(bool) && o.Option.ValueType != typeof(bool?)))
        {
            cases.Add(path, option.Name);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Run_BadOptionValue_IsAUsageErrorNamingIt(string verb, string option, string value)
    {
        // Act
        var result = await Run([.. verb.Split(' '), option, value]);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.True(result.Error.Contains(option, StringComparison.Ordinal) || result.Error.Contains(value, StringComparison.Ordinal),
            $"{verb} {option} {value}: {result.Error}");
        Assert.DoesNotContain("unexpected error", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValuedOptions))]
    public async Task Run_OptionWithoutItsValue_IsAUsageErrorNamingIt(string verb, string option)
    {
        // Act
        var result = await Run([.. verb.Split(' '), option]);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_TheTreeIsWalked_EveryVerbHasItsOptionsFound()
    {
        // Act
        var verbs = Options().Select(o => o.Path).Distinct().ToList();

        // Assert: a walk that found nothing would pass every theory above.
        Assert.Contains("demo", verbs);
        Assert.Contains("fetch fts", verbs);
        Assert.Contains("collect", verbs);
        Assert.Contains("suppliers import", verbs);
        Assert.True(Options().Count() > 60, $"only {Options().Count()} options found");
    }

    private static IEnumerable<(string Path, Option Option)> Options()
    {
        var console = new CliConsole(Stream.Null, TextWriter.Null, () => new MemoryStream(Encoding.UTF8.GetBytes(string.Empty)), new FakeTimeProvider(Now));
        return Walk(StewardCommand.Root(console), string.Empty);
    }

    private static IEnumerable<(string Path, Option Option)> Walk(Command command, string path)
    {
        foreach (var option in command.Options.Where(o => o is not System.CommandLine.Help.HelpOption and not VersionOption && !o.Name.StartsWith("-?", StringComparison.Ordinal)))
        {
            yield return (path, option);
        }

        foreach (var sub in command.Subcommands)
        {
            foreach (var found in Walk(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}"))
            {
                yield return found;
            }
        }
    }

    private static bool Numeric(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal));
}
