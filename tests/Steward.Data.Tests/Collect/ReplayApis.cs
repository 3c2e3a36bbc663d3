using System.Collections.Concurrent;
using System.Text;
using System.Web;
using Steward.Data.Collect;
using Steward.Testing;

namespace Steward.Data.Tests.Collect;

/// <summary>
/// Find a Tender and Contracts Finder on one local server, replaying the real API pages in ../shared/data for the
/// day of <see cref="Since"/>: two Find a Tender windows hold the real pages (8 releases), Contracts Finder's day
/// holds its real page (100 releases) and an empty next page. Every request is logged by a key ("fts 2026-09-03T07:00:00",
/// "cf 2026-09-03T00:00:00", "cf next"); <see cref="Hold"/> lets a test answer (or block) a request of its own.
/// </summary>
internal sealed class ReplayApis : IDisposable
{
    public static readonly DateTimeOffset Since = new(2026, 9, 3, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The collectors' clock at the start: one day after <see cref="Since"/>.</summary>
    public static readonly DateTimeOffset Now = Since.AddDays(1);

    /// <summary>The second Find a Tender window (UK local time): the one tests interrupt.</summary>
    public const string SecondWindow = "fts 2026-09-03T07:00:00";

    private readonly byte[] _fts1 = File.ReadAllBytes(SharedData.Ocds("fts-pa2023/2026-09-03-p001.json"));
    private readonly byte[] _fts2 = File.ReadAllBytes(SharedData.Ocds("fts-pa2023/2026-09-03-p002.json"));
    private readonly byte[] _cf = File.ReadAllBytes(SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json"));

    public ReplayApis() => Server = new LocalHttpServer(Answer);

    public LocalHttpServer Server { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Given a request's key, a reply of the test's own (it may block the server until the test lets it go), or null.</summary>
    public Func<string, HttpReply?>? Hold { get; set; }

    private static byte[] Empty => Encoding.UTF8.GetBytes("""{"uri":"u","version":"1.1","releases":[]}""");

    /// <summary>A live collector's options for both sources on this server, without pauses, starting at <see cref="Since"/>.</summary>
    public LiveCollectorOptions Options(string holder, TimeSpan? timeToLive = null)
    {
        var source = new CollectorOptions { BaseUrl = Server.BaseUri, Interval = TimeSpan.Zero, Retries = 0, Wait = (_, _) => Task.CompletedTask };
        return new LiveCollectorOptions
        {
            Holder = holder,
            Since = Since,
            LeaseTimeToLive = timeToLive ?? TimeSpan.FromMinutes(5),
            SourceOptions = new Dictionary<string, CollectorOptions>
            {
                [FindATenderCollector.Source] = source,
                [ContractsFinderCollector.Source] = source with { ThrottleWait = TimeSpan.FromMinutes(5) },
            },
            Wait = (_, _) => Task.CompletedTask,
        };
    }

    public void Dispose() => Server.Dispose();

    private HttpReply Answer(Uri uri)
    {
        var query = HttpUtility.ParseQueryString(uri.Query);
        var key = uri.AbsolutePath.EndsWith("ocdsReleasePackages", StringComparison.Ordinal) ? $"fts {query["updatedFrom"]}"
            : query["cursor"] is not null ? "cf next"
            : $"cf {query["publishedFrom"]}";
        Requests.Enqueue(key);
        if (Hold?.Invoke(key) is { } held)
        {
            return held;
        }

        return key switch
        {
            "fts 2026-09-03T01:00:00" => HttpReply.Ok(_fts2),
            SecondWindow => HttpReply.Ok(_fts1),
            "cf 2026-09-03T00:00:00" => HttpReply.Ok(_cf),
            _ => HttpReply.Ok(Empty),
        };
    }
}
