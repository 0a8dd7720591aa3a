namespace TreatyExplainer.Content;

/// <summary>The two reads <see cref="ContentReader"/> makes of the disk. Tests put failures here that root cannot cause with chmod.</summary>
public sealed record ContentFileSystem(Func<string, IEnumerable<FileSystemInfo>> List, Func<string, byte[]> ReadAllBytes)
{
    public static readonly ContentFileSystem Real = new(folder => new DirectoryInfo(folder).EnumerateFileSystemInfos(), File.ReadAllBytes);
}
