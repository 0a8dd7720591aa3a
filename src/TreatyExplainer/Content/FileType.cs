using System.Runtime.InteropServices;

namespace TreatyExplainer.Content;

/// <summary>
/// Tells a regular file from a FIFO, socket or device without opening it: opening a FIFO waits for a writer
/// forever. .NET reports all of them alike, so on Linux this asks the kernel (statx, whose layout is the same on
/// every architecture). Elsewhere it answers "regular", and the reader still never opens an empty-looking file.
/// </summary>
public static class FileType
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    public static bool IsRegular(string fullPath)
    {
        if (!OperatingSystem.IsLinux()) return true;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, fullPath, AtSymlinkNoFollow, StatxType, buffer) != 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return true; // an old C library without statx: fall back to the size rule in ContentReader
        }
        var mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & TypeMask) == Regular;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
