namespace TreatyExplainer.Pipeline;

/// <summary>What a build does with the site it makes.</summary>
public enum OutputMode
{
    /// <summary>Nothing: <c>check</c>.</summary>
    None,

    /// <summary>Keep every file in <see cref="BuildResult.Files"/>: tests and tools.</summary>
    Memory,

    /// <summary>Write to the output folder, atomically, if the build has no errors: <c>build</c>.</summary>
    Disk,
}
