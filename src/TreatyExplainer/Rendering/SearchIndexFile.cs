using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>
/// The search index as the UTF-8 JSON the search page fetches, byte for byte what serialising
/// <see cref="SearchIndex.Document"/> whole gives, but written one page record at a time and remembering where each
/// record lies. A rebuild after body edits (same index, so the same records in the same order) copies the records of
/// unchanged pages and serialises only the edited ones: at 10,000 pages the file is about 40 MB.
/// </summary>
public sealed class SearchIndexFile
{
    private static ReadOnlySpan<byte> Opening => "{\"pages\":["u8;
    private static ReadOnlySpan<byte> BeforePlaces => "],\"places\":"u8;

    private readonly SiteModel _model;
    private readonly int[] _starts;
    private readonly int[] _ends;

    private SearchIndexFile(SiteModel model, byte[] bytes, int[] starts, int[] ends, int serialised)
    {
        _model = model;
        Bytes = bytes;
        _starts = starts;
        _ends = ends;
        RecordsSerialised = serialised;
    }

    public byte[] Bytes { get; }

    /// <summary>How many records were serialised rather than copied from the previous file.</summary>
    public int RecordsSerialised { get; }

    public static SearchIndexFile Write(
        SiteModel model,
        SearchIndexFile? previous,
        JsonTypeInfo<SearchIndex.PageRecord> record,
        JsonTypeInfo<IReadOnlyList<IReadOnlyList<string>>> placesInfo)
    {
        var entries = SearchIndex.Order(model.Index);
        // Records are the same list in the same order only over the same index and addresses.
        var reusable = previous is not null && ReferenceEquals(previous._model.Index, model.Index) && ReferenceEquals(previous._model.Urls, model.Urls);
        var fresh = new byte[]?[entries.Count];
        var places = JsonSerializer.SerializeToUtf8Bytes(SearchIndex.Places(model.Index), placesInfo);
        var length = Opening.Length + Math.Max(0, entries.Count - 1) + BeforePlaces.Length + places.Length + 1;
        var serialised = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            // A record depends on its entry and its linked page only; an unedited page keeps its LinkedPage instance.
            if (reusable && ReferenceEquals(previous!._model.Pages[entry.Index], model.Pages[entry.Index]))
            {
                length += previous._ends[i] - previous._starts[i];
                continue;
            }
            fresh[i] = JsonSerializer.SerializeToUtf8Bytes(SearchIndex.RecordOf(model, entry), record);
            length += fresh[i]!.Length;
            serialised++;
        }

        // One array of the final size, filled once: at 10,000 pages it is 40 MB, and every copy of it costs a collection.
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        var starts = new int[entries.Count];
        var ends = new int[entries.Count];
        var at = Append(bytes, 0, Opening);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) at = Append(bytes, at, ","u8);
            starts[i] = at;
            at = Append(bytes, at, fresh[i] ?? previous!.Bytes.AsSpan(previous._starts[i], previous._ends[i] - previous._starts[i]));
            ends[i] = at;
        }
        at = Append(bytes, at, BeforePlaces);
        at = Append(bytes, at, places);
        Append(bytes, at, "}"u8);
        return new SearchIndexFile(model, bytes, starts, ends, serialised);
    }

    private static int Append(byte[] bytes, int at, ReadOnlySpan<byte> part)
    {
        part.CopyTo(bytes.AsSpan(at));
        return at + part.Length;
    }
}
