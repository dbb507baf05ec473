using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Caching;

/// <summary>One listing's parse as <see cref="ListingCache"/> keeps it: the listing or none, and the diagnostics the
/// parse reported, in a few bytes for each field (texts as <see cref="BinaryWriter"/> writes them, a flag before
/// anything that may be null). A block that cannot be read means "not cached".</summary>
internal static class ListingBlock
{
    /// <summary>Writes the block of a parse to the end of <paramref name="stream"/>.</summary>
    public static void Encode(Stream stream, Listing? listing, IReadOnlyList<Diagnostic> diagnostics)
    {
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(listing is not null);
            if (listing is not null)
            {
                WriteListing(writer, listing);
            }

            writer.Write(diagnostics.Count);
            foreach (var diagnostic in diagnostics)
            {
                writer.Write((int)diagnostic.Severity);
                writer.Write(diagnostic.Id);
                writer.Write(diagnostic.Location is not null);
                if (diagnostic.Location is { } location)
                {
                    WriteLocation(writer, location);
                }

                writer.Write(diagnostic.Message);
            }
        }
    }

    /// <summary>The parse kept in <paramref name="block"/>, or null when the block cannot be read.</summary>
    public static (Listing? Listing, IReadOnlyList<Diagnostic> Diagnostics)? Decode(byte[] block)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(block, writable: false), Encoding.UTF8);
            var listing = reader.ReadBoolean() ? ReadListing(reader) : null;
            var diagnostics = new Diagnostic[reader.ReadInt32()];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                diagnostics[i] = new Diagnostic(
                    (DiagnosticSeverity)reader.ReadInt32(),
                    reader.ReadString(),
                    reader.ReadBoolean() ? ReadLocation(reader, null) : null,
                    reader.ReadString());
            }

            return reader.BaseStream.Position == block.Length ? (listing, diagnostics) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or OverflowException or ArgumentException or OutOfMemoryException)
        {
            return null;
        }
    }

    private static void WriteListing(BinaryWriter writer, Listing listing)
    {
        writer.Write(listing.File);
        WriteText(writer, listing.Title);
        writer.Write((int)listing.Format);
        writer.Write(listing.Captured.DayNumber);
        writer.Write(listing.Entries.Count);
        foreach (var entry in listing.Entries)
        {
            writer.Write(entry.Title);
            WriteText(writer, entry.Abstract);

            // Most entries are located in their own listing's file: the name is written once, for the listing.
            writer.Write(entry.Location.File == listing.File);
            if (entry.Location.File == listing.File)
            {
                writer.Write(entry.Location.Line);
                writer.Write(entry.Location.Column);
            }
            else
            {
                WriteLocation(writer, entry.Location);
            }

            WriteNumber(writer, entry.Authors);
            WriteText(writer, entry.Organization);
            WriteNumber(writer, entry.Published?.DayNumber);
            WriteNumber(writer, entry.Upvotes);
            WriteText(writer, entry.ArxivId);
            writer.Write(entry.AuthorNames.Count);
            foreach (var name in entry.AuthorNames)
            {
                writer.Write(name);
            }
        }
    }

    private static Listing ReadListing(BinaryReader reader)
    {
        var file = reader.ReadString();
        var title = ReadText(reader);
        var format = (ListingFormat)reader.ReadInt32();
        var captured = DateOnly.FromDayNumber(reader.ReadInt32());
        var entries = new ListingEntry[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            var entryTitle = reader.ReadString();
            var summary = ReadText(reader);
            var location = reader.ReadBoolean() ? new SourceLocation(file, reader.ReadInt32(), reader.ReadInt32()) : ReadLocation(reader, null);
            var authors = ReadNumber(reader);
            var organization = ReadText(reader);
            var published = ReadNumber(reader) is { } day ? DateOnly.FromDayNumber(day) : (DateOnly?)null;
            var upvotes = ReadNumber(reader);
            var arxivId = ReadText(reader);
            var names = new string[reader.ReadInt32()];
            for (var n = 0; n < names.Length; n++)
            {
                names[n] = reader.ReadString();
            }

            entries[i] = new ListingEntry(entryTitle, summary, location, authors, organization, published, upvotes, arxivId) { AuthorNames = names };
        }

        return new Listing(file, title, format, captured, entries);
    }

    private static void WriteLocation(BinaryWriter writer, SourceLocation location)
    {
        writer.Write(location.File);
        writer.Write(location.Line);
        writer.Write(location.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader reader, string? file) =>
        new(file ?? reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());

    private static void WriteText(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadText(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteNumber(BinaryWriter writer, int? number)
    {
        writer.Write(number is not null);
        if (number is { } value)
        {
            writer.Write(value);
        }
    }

    private static int? ReadNumber(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;
}
