using System.Text;
using System.Text.Json;
using Steward.Ocds.Compiling;
using Steward.Testing;

namespace Steward.Ocds.Tests.Compiling;

public sealed class ReleaseGrouperTests
{
    private static List<(string Ocid, List<string> Ids)> Group(long budget, string? temp, IEnumerable<(string Ocid, string Id)> releases, out int runs)
    {
        using var grouper = new ReleaseGrouper(new ReleaseGrouperOptions { MemoryBudgetBytes = budget, TempDirectory = temp });
        var line = 0;
        foreach (var (ocid, id) in releases)
        {
            grouper.Add(ocid, Encoding.UTF8.GetBytes($$"""{"ocid":"{{ocid}}","id":"{{id}}","padding":"{{new string('p', 200)}}"}"""), new ReleaseOrigin(0, ++line, 0));
        }

        var groups = grouper.Groups()
            .Select(g => (g.Ocid, g.Releases.Select(r => JsonDocument.Parse(r).RootElement.GetProperty("id").GetString()!).ToList()))
            .ToList();
        runs = grouper.RunCount;
        return groups;
    }

    private static List<(string, string)> Releases(int count, int processes) =>
        Enumerable.Range(0, count).Select(i => ($"ocds-abc123-{(i * 7919) % processes:D5}", $"r{i}")).ToList();

    [Fact]
    public void Groups_InMemory_AreInOcidOrderWithReleasesInInputOrder()
    {
        // Act
        var groups = Group(1L << 30, null, [("b", "1"), ("a", "2"), ("b", "3"), ("a", "4")], out var runs);

        // Assert
        Assert.Equal(0, runs);
        Assert.Equal(["a", "b"], groups.Select(g => g.Ocid));
        Assert.Equal(["2", "4"], groups[0].Ids);
        Assert.Equal(["1", "3"], groups[1].Ids);
    }

    [Fact]
    public void Groups_SpilledToDisk_AreTheSameAsInMemory()
    {
        // Arrange
        using var temp = new TempFolder();
        var releases = Releases(3000, 400);

        // Act
        var inMemory = Group(1L << 30, temp.Path, releases, out var memoryRuns);
        var spilled = Group(64 * 1024, temp.Path, releases, out var diskRuns);

        // Assert
        Assert.Equal(0, memoryRuns);
        Assert.True(diskRuns > 5, $"expected several runs, got {diskRuns}");
        Assert.Equal(400, spilled.Count);
        Assert.Equal(inMemory.Select(g => g.Ocid), spilled.Select(g => g.Ocid));
        Assert.Equal(inMemory.SelectMany(g => g.Ids), spilled.SelectMany(g => g.Ids));
    }

    [Fact]
    public void Dispose_AfterSpilling_RemovesTheTemporaryRuns()
    {
        // Arrange
        using var temp = new TempFolder();

        // Act
        Group(16 * 1024, temp.Path, Releases(500, 50), out var runs);

        // Assert
        Assert.True(runs > 0);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }
}
