using System.Security.Cryptography;

namespace TreatyExplainer.Tests.Support;

/// <summary>Every file under a folder with the hash of its bytes, one per line in path order: equal manifests, equal folders.</summary>
public static class FolderManifest
{
    public static string Of(string folder) =>
        string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal));
}
