using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Steward.Data.Bids;

/// <summary>
/// The tender box's key ring, kept outside the database (docs/evaluation.md, "The sealed tender box"): a folder
/// holding <c>keyring.json</c>, readable by its owner only, with one or more 256-bit keys. Each procurement's key is
/// wrapped by the newest key of the ring; older keys stay to unwrap older procurements (rotation adds a key). A
/// copy of the database without this folder opens no bid. Every process serving the same store must see the same
/// folder.
/// </summary>
public sealed class KeyRing
{
    private const string FileName = "keyring.json";
    private readonly string _folder;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    public KeyRing(string folder, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        _time = time;
    }

    public string Folder => _folder;

    /// <summary>Seals <paramref name="key"/> with the ring's newest key (made now when the ring is empty); returns that key's id.</summary>
    public (string KeyId, byte[] Wrapped) Wrap(byte[] key, string associated)
    {
        var (id, ringKey) = Newest();
        return (id, Envelope.Seal(ringKey, key, associated));
    }

    /// <summary>Opens a key sealed with the ring's key <paramref name="keyId"/>; a clear error when the ring lacks it.</summary>
    public byte[] Unwrap(string keyId, byte[] wrapped, string associated)
    {
        var keys = Load();
        if (!keys.TryGetValue(keyId, out var ringKey))
        {
            throw new KeyRingException($"the key ring at {_folder} has no key \"{keyId}\"; restore it from your backup of the key ring (Steward:Bids:KeyRing)");
        }

        return Envelope.Open(ringKey, wrapped, associated);
    }

    /// <summary>Adds a new key that wraps procurements from now on; returns its id.</summary>
    public string Rotate() => Exclusive(() => Add(Read() ?? new JsonObject { ["keys"] = new JsonArray() }));

    private string Add(JsonObject document)
    {
        var id = $"k{_time.GetUtcNow():yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        document["keys"]!.AsArray().Add(new JsonObject { ["id"] = id, ["created"] = _time.GetUtcNow().ToString("O"), ["key"] = Convert.ToBase64String(Envelope.NewKey()) });
        Write(document);
        return id;
    }

    private (string Id, byte[] Key) Newest()
    {
        var keys = Load();
        if (keys.Count == 0)
        {
            // Two processes may start the ring at once: under the folder's lock, only the first adds a key.
            Exclusive(() => Read() is { } existing && (existing["keys"] as JsonArray)?.Count > 0 ? string.Empty : Add(Read() ?? new JsonObject { ["keys"] = new JsonArray() }));
            keys = Load();
        }

        var newest = keys.Last();
        return (newest.Key, newest.Value);
    }

    private Dictionary<string, byte[]> Load()
    {
        lock (_gate)
        {
            var document = Read();
            var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var key in (document?["keys"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if ((string?)key["id"] is not { } id || (string?)key["key"] is not { } material)
                {
                    throw new KeyRingException($"{Path.Combine(_folder, FileName)}: every key needs an \"id\" and a \"key\"");
                }

                try
                {
                    keys[id] = Convert.FromBase64String(material);
                }
                catch (FormatException)
                {
                    throw new KeyRingException($"{Path.Combine(_folder, FileName)}: key \"{id}\" is not base64");
                }
            }

            return keys;
        }
    }

    private JsonObject? Read()
    {
        var path = Path.Combine(_folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new KeyRingException($"{path}: expected a JSON object");
        }
        catch (JsonException exception)
        {
            throw new KeyRingException($"{path}: not valid JSON ({exception.Message})");
        }
    }

    /// <summary>Runs <paramref name="body"/> holding the folder's lock file, against other threads and processes.</summary>
    private T Exclusive<T>(Func<T> body)
    {
        lock (_gate)
        {
            Directory.CreateDirectory(_folder);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    using var held = new FileStream(Path.Combine(_folder, "keyring.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return body();
                }
                catch (IOException) when (attempt < 100)
                {
                    Thread.Sleep(20);
                }
            }
        }
    }

    private void Write(JsonObject document)
    {
        var path = Path.Combine(_folder, FileName);
        var temporary = path + ".new";
        File.WriteAllText(temporary, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
