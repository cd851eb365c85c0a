/**
 * What the operating system said, in the user's words. A clerk reading "EROFS" learns nothing; the raw
 * code stays on the error's `cause` for JIXIAO_DEBUG=1.
 */
export interface OsPhrase {
  zh: string;
  en: string;
}

const PHRASES: Record<string, OsPhrase> = {
  ENOENT: { zh: "文件或所在的文件夹不存在", en: "the file or its folder does not exist" },
  ENOTDIR: { zh: "路径中有一段不是文件夹", en: "a part of the path is not a folder" },
  EISDIR: { zh: "这是一个文件夹，不是文件", en: "it is a folder, not a file" },
  EACCES: { zh: "没有权限", en: "permission denied" },
  EPERM: { zh: "操作系统不允许（文件可能被锁定或正被其他程序打开）", en: "not permitted (the file may be locked or open in another program)" },
  EBUSY: { zh: "文件正被其他程序（如 Excel）打开", en: "the file is open in another program (Excel?)" },
  ETXTBSY: { zh: "文件正被其他程序使用", en: "the file is in use by another program" },
  EROFS: { zh: "磁盘或文件夹是只读的", en: "the disk or folder is read-only" },
  ENOSPC: { zh: "磁盘已满", en: "the disk is full" },
  EDQUOT: { zh: "超出了磁盘配额", en: "the disk quota is exceeded" },
  EFBIG: { zh: "文件超过了这个磁盘允许的大小", en: "the file is larger than this disk allows" },
  ENAMETOOLONG: { zh: "文件名或路径太长", en: "the file name or path is too long" },
  ELOOP: { zh: "路径中的链接构成了循环", en: "the links in the path form a loop" },
  EMFILE: { zh: "同时打开的文件太多", en: "too many files are open" },
  ENFILE: { zh: "同时打开的文件太多", en: "too many files are open" },
  EIO: { zh: "磁盘读写出错", en: "the disk reported an input/output error" },
  ENXIO: { zh: "设备不存在或未连接", en: "the device does not exist or is not connected" },
  ENODEV: { zh: "设备不存在或未连接", en: "the device does not exist or is not connected" },
  EAGAIN: { zh: "系统暂时忙，请稍后再试", en: "the system is busy; try again" },
  EINVAL: { zh: "这个位置不能这样写入", en: "this place cannot be written this way" },
  EXDEV: { zh: "不能跨磁盘移动文件", en: "a file cannot be moved across disks" },
  EEXIST: { zh: "同名文件已存在", en: "a file of that name exists" },
  EPIPE: { zh: "接收输出的程序已关闭", en: "the program reading the output has closed" },
  ESPIPE: { zh: "这个位置不能这样写入", en: "this place cannot be written this way" },
};

const FALLBACK: OsPhrase = { zh: "操作系统拒绝了这次读写", en: "the operating system refused the operation" };

/** The phrase for a Node error (or anything thrown); never the raw code. */
export function osPhrase(e: unknown): OsPhrase {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined && PHRASES[code]) || FALLBACK;
}
