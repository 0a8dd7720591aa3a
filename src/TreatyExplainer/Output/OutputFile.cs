namespace TreatyExplainer.Output;

/// <summary>A file the build writes, at a path relative to the output folder with '/' separators.</summary>
public sealed record OutputFile(string RelativePath, byte[] Bytes);
