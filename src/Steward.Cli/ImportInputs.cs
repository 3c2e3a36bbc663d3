using Steward.Ocds.Reading;

namespace Steward.Cli;

/// <summary>
/// The files an import reads: files as given, folders as their OCDS files (recursively, in name order). Links are
/// followed, but each real folder and each real file is read once, so a link back to a parent neither repeats nor
/// loops.
/// </summary>
internal static class ImportInputs
{
    /// <summary>The file names taken from a folder.</summary>
    public static readonly string[] Extensions = [".json", ".jsonl", ".ndjson", ".gz"];

    /// <summary>How many links may lead to links before a path is taken for a loop (as the kernel's ELOOP).</summary>
    private const int MaxLinks = 40;

    public static List<string> Expand(IEnumerable<string> paths, Action<string> warn)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path != OcdsInput.StandardInput && Directory.Exists(path))
            {
                var found = new List<string>();
                Walk(path, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), found, warn);
                if (found.Count == 0)
                {
                    throw new CliException($"{path}: this folder holds no .json, .jsonl, .ndjson or .gz files");
                }

                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    private static void Walk(string folder, HashSet<string> folders, HashSet<string> seen, List<string> found, Action<string> warn)
    {
        if (RealPath(folder) is not { } real || !folders.Add(real))
        {
            return;
        }

        List<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            warn($"{folder}: this folder cannot be read ({exception.Message}); its files were not imported");
            return;
        }

        foreach (var entry in entries)
        {
            if (Directory.Exists(entry.FullName))
            {
                Walk(entry.FullName, folders, seen, found, warn);
            }
            else if (Extensions.Any(e => entry.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                if (!File.Exists(entry.FullName) || Broken(entry))
                {
                    warn($"{entry.FullName}: a link to nothing (or to a loop); skipped");
                }
                else if (RealPath(entry.FullName) is { } file && seen.Add(file))
                {
                    found.Add(entry.FullName);
                }
            }
        }
    }

    /// <summary>A link whose target does not exist, or that leads round in a loop.</summary>
    private static bool Broken(FileSystemInfo entry)
    {
        try
        {
            return entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>The path with every link along it resolved, or null when the links loop.</summary>
    private static string? RealPath(string path, int links = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (links >= MaxLinks)
                {
                    return null;
                }

                var resolved = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target), links + 1);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }
}
