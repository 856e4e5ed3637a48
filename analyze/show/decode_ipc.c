/*
 * decode_ipc — synchronisation between threads and processes: futex,
 * and System V IPC (shm*, sem*, msg*).
 *
 * Formats are strace 6.1's (futex.c: the arguments printed depend on the
 * command in the low 7 bits of the op; ipc_shm.c, ipc_sem.c, ipc_msg.c;
 * mq.c for the POSIX message queues).
 */
#include <stdio.h>
#include <string.h>

#include "decode_common.h"

enum {
	FUTEX_WAIT_ = 0, FUTEX_WAKE_ = 1, FUTEX_FD_ = 2, FUTEX_REQUEUE_ = 3,
	FUTEX_CMP_REQUEUE_ = 4, FUTEX_WAKE_OP_ = 5, FUTEX_LOCK_PI_ = 6,
	FUTEX_UNLOCK_PI_ = 7, FUTEX_TRYLOCK_PI_ = 8, FUTEX_WAIT_BITSET_ = 9,
	FUTEX_WAKE_BITSET_ = 10, FUTEX_WAIT_REQUEUE_PI_ = 11,
	FUTEX_CMP_REQUEUE_PI_ = 12, FUTEX_LOCK_PI2_ = 13,
};

#define FUTEX_BITSET_MATCH_ANY_ 0xffffffffu

/* The timeout: a timespec read at entry, or NULL / the address. */
static void futex_timeout(show_call *c)
{
	if (!show_arg(c, 3)) {
		show_addr(c, 0);
		return;
	}
	dec_timespec_arg(c, 3, 0);
}

static void futex_bitset(show_call *c, uint32_t v)
{
	if (v == FUTEX_BITSET_MATCH_ANY_)
		show_puts(c, "FUTEX_BITSET_MATCH_ANY");
	else
		show_hex(c, v);
}

/* FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1 */
static void futex_wake_op(show_call *c, uint32_t v)
{
	char op[64], cmp[64];
	xlat_format_enum(op, sizeof(op), &xlat_futexwakeops, (v >> 28) & 0x7, "FUTEX_OP_???", XLAT_FMT_X);
	xlat_format_enum(cmp, sizeof(cmp), &xlat_futexwakecmps, (v >> 24) & 0xf, "FUTEX_OP_CMP_???",
			 XLAT_FMT_X);
	show_printf(c, "%s%s<<28|%#x<<12|%s<<24|%#x", ((v >> 28) & 8) ? "FUTEX_OP_OPARG_SHIFT<<28|" : "",
		    op, (v >> 12) & 0xfff, cmp, v & 0xfff);
}

/* futex(0x7f..., FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 10197, NULL,
 *       FUTEX_BITSET_MATCH_ANY) / futex(0x..., FUTEX_WAKE_PRIVATE, 1) */
static int dec_futex(show_call *c)
{
	uint32_t op = (uint32_t)show_arg(c, 1);
	uint32_t val = (uint32_t)show_arg(c, 2);
	uint32_t val2 = (uint32_t)show_arg(c, 3);
	uint32_t val3 = (uint32_t)show_arg(c, 5);
	show_addr(c, show_arg(c, 0));
	show_arg_next(c);
	dec_enum(c, &xlat_futexops, op, "FUTEX_???");
	unsigned cmd = op & 127;
	if (cmd != FUTEX_UNLOCK_PI_ && cmd != FUTEX_TRYLOCK_PI_)
		show_arg_next(c);
	switch (cmd) {
	case FUTEX_WAIT_:
		show_uint(c, val);
		show_arg_next(c);
		futex_timeout(c);
		break;
	case FUTEX_LOCK_PI_:
	case FUTEX_LOCK_PI2_:
		futex_timeout(c);
		break;
	case FUTEX_WAIT_BITSET_:
		show_uint(c, val);
		show_arg_next(c);
		futex_timeout(c);
		show_arg_next(c);
		futex_bitset(c, val3);
		break;
	case FUTEX_WAKE_BITSET_:
		show_uint(c, val);
		show_arg_next(c);
		futex_bitset(c, val3);
		break;
	case FUTEX_REQUEUE_:
		show_uint(c, val);
		show_arg_next(c);
		show_uint(c, val2);
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		break;
	case FUTEX_CMP_REQUEUE_:
	case FUTEX_CMP_REQUEUE_PI_:
		show_uint(c, val);
		show_arg_next(c);
		show_uint(c, val2);
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		show_arg_next(c);
		show_uint(c, val3);
		break;
	case FUTEX_WAKE_OP_:
		show_uint(c, val);
		show_arg_next(c);
		show_uint(c, val2);
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		show_arg_next(c);
		futex_wake_op(c, val3);
		break;
	case FUTEX_WAIT_REQUEUE_PI_:
		show_uint(c, val);
		show_arg_next(c);
		futex_timeout(c);
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		break;
	case FUTEX_FD_:
	case FUTEX_WAKE_:
		show_uint(c, val);
		break;
	case FUTEX_UNLOCK_PI_:
	case FUTEX_TRYLOCK_PI_:
		break;
	default:
		show_uint(c, val);
		show_arg_next(c);
		show_addr(c, show_arg(c, 3));
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		show_arg_next(c);
		show_hex(c, val3);
		break;
	}
	return SHOW_DECODED | SHOW_RV_DEC;
}

/* ---- System V IPC ------------------------------------------------------------- */

#define IPC_64_ 0x100u

/* A key: IPC_PRIVATE for 0, else hex. */
static void ipc_key(show_call *c, uint64_t key)
{
	if ((int32_t)key == 0)
		show_puts(c, "IPC_PRIVATE");
	else
		show_hex(c, (uint32_t)key);
}

/* IPC_CREAT|0600: the flag bits of X, then the permission bits. */
static void ipc_get_flags(show_call *c, const struct xlat *x, uint32_t flags)
{
	char buf[XLAT_BUFSZ];
	size_t n = 0;
	buf[0] = '\0';
	if (flags & ~0777u) {
		n = xlat_format_flags(buf, sizeof(buf), x, flags & ~0777u, NULL);
		if (n + 1 < sizeof(buf))
			buf[n++] = '|';
	}
	if (n < sizeof(buf))
		xlat_format_umode(buf + n, sizeof(buf) - n, flags & 0777u);
	show_flags_text(c, buf);
}

#define SHM_HUGE_SHIFT_ 26
#define SHM_HUGE_MASK_ 0x3fu

static void ipc_key_arg(show_call *c, unsigned arg)
{
	ipc_key(c, show_arg(c, arg));
}

/* semget's and msgget's IPC_CREAT|0600 */
static void ipc_flags_arg(show_call *c, unsigned arg)
{
	ipc_get_flags(c, &xlat_ipc_flags, (uint32_t)show_arg(c, arg));
}

/* shmget's IPC_CREAT|SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600: the huge page
 * size is a field of its own. */
static void shm_flags_arg(show_call *c, unsigned arg)
{
	uint32_t all = (uint32_t)show_arg(c, arg), flags = all & ~0777u;
	uint32_t huge = flags & (SHM_HUGE_MASK_ << SHM_HUGE_SHIFT_);
	flags &= ~huge;
	char buf[XLAT_BUFSZ];
	size_t n = 0;
	buf[0] = '\0';
	if (flags || !huge)
		n = xlat_format_flags(buf, sizeof(buf), &xlat_shm_flags, flags, NULL);
	if (huge && n < sizeof(buf))
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%u<<SHM_HUGE_SHIFT", flags ? "|" : "",
				      huge >> SHM_HUGE_SHIFT_);
	if ((flags || huge) && n + 1 < sizeof(buf))
		buf[n++] = '|';
	if (n < sizeof(buf))
		xlat_format_umode(buf + n, sizeof(buf) - n, all & 0777u);
	show_flags_text(c, buf);
}

/* A *ctl command: IPC_64|IPC_STAT when the 64-bit flag is set. */
static void ipc_cmd(show_call *c, const struct xlat *x, uint32_t cmd, const char *dflt)
{
	char buf[XLAT_BUFSZ];
	size_t n = 0;
	if (cmd & IPC_64_) {
		n = (size_t)snprintf(buf, sizeof(buf), "IPC_64|");
		cmd &= ~IPC_64_;
	}
	xlat_format_enum(buf + n, sizeof(buf) - n, x, cmd, dflt, XLAT_FMT_X);
	show_enum_text(c, buf);
}

/* ---- the *ctl structs (x86_64 kernel layouts: struct ipc64_perm,
 * msqid64_ds, shmid64_ds, semid64_ds, msginfo, shminfo64, shm_info,
 * seminfo) ------------------------------------------------------------------ */

struct k_ipc_perm {
	int32_t key;
	uint32_t uid, gid, cuid, cgid, mode;
	uint16_t seq, pad1;
	uint32_t pad2;
	uint64_t unused[2];
};

struct k_msqid_ds {
	struct k_ipc_perm perm;
	int64_t stime, rtime, ctime;
	uint64_t cbytes, qnum, qbytes;
	int32_t lspid, lrpid;
	uint64_t unused[2];
};

struct k_shmid_ds {
	struct k_ipc_perm perm;
	uint64_t segsz;
	int64_t atime, dtime, ctime;
	int32_t cpid, lpid;
	uint64_t nattch, unused[2];
};

struct k_semid_ds {
	struct k_ipc_perm perm;
	int64_t otime;
	uint64_t unused1;
	int64_t ctime;
	uint64_t unused2, nsems, unused[2];
};

struct k_msginfo {
	int32_t msgpool, msgmap, msgmax, msgmnb, msgmni, msgssz, msgtql;
	uint16_t msgseg;
};

struct k_shminfo {
	uint64_t shmmax, shmmin, shmmni, shmseg, shmall, unused[4];
};

struct k_shm_info {
	int32_t used_ids;
	uint64_t shm_tot, shm_rss, shm_swp, swap_attempts, swap_successes;
};

struct k_seminfo {
	int32_t semmap, semmni, semmns, semmnu, semmsl, semopm, semume, semusz, semvmx, semaem;
};

/* A uid or gid: -1 is printed as -1 (strace's PRINT_FIELD_ID). */
static void field_id(show_call *c, const char *name, uint32_t v, int first)
{
	if (!first)
		show_struct_next(c);
	show_field(c, name);
	if (v == UINT32_MAX)
		show_int(c, -1);
	else
		show_uint(c, v);
}

/* msg_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}; IPC_SET
 * passes only uid, gid and mode. */
static void ipc_perm(show_call *c, const char *name, const struct k_ipc_perm *p, int set)
{
	show_field(c, name);
	show_struct_begin(c);
	field_id(c, "uid", p->uid, 1);
	field_id(c, "gid", p->gid, 0);
	show_struct_next(c);
	show_field(c, "mode");
	show_oct(c, p->mode);
	if (!set) {
		dec_field_u(c, "key", (uint32_t)p->key);
		field_id(c, "cuid", p->cuid, 0);
		field_id(c, "cgid", p->cgid, 0);
	}
	show_struct_end(c);
}

static void print_msqid_ds(show_call *c, const void *data, int set)
{
	const struct k_msqid_ds *d = data;
	show_struct_begin(c);
	ipc_perm(c, "msg_perm", &d->perm, set);
	if (!set) {
		dec_field_u(c, "msg_stime", (uint64_t)d->stime);
		dec_field_u(c, "msg_rtime", (uint64_t)d->rtime);
		dec_field_u(c, "msg_ctime", (uint64_t)d->ctime);
		dec_field_u(c, "msg_qnum", d->qnum);
	}
	dec_field_u(c, "msg_qbytes", d->qbytes);
	if (!set) {
		dec_field_d(c, "msg_lspid", d->lspid);
		dec_field_d(c, "msg_lrpid", d->lrpid);
	}
	show_struct_end(c);
}

static void print_shmid_ds(show_call *c, const void *data, int set)
{
	const struct k_shmid_ds *d = data;
	show_struct_begin(c);
	ipc_perm(c, "shm_perm", &d->perm, set);
	if (!set) {
		dec_field_u(c, "shm_segsz", d->segsz);
		dec_field_d(c, "shm_cpid", d->cpid);
		dec_field_d(c, "shm_lpid", d->lpid);
		dec_field_u(c, "shm_nattch", d->nattch);
		dec_field_u(c, "shm_atime", (uint64_t)d->atime);
		dec_field_u(c, "shm_dtime", (uint64_t)d->dtime);
		dec_field_u(c, "shm_ctime", (uint64_t)d->ctime);
	}
	show_struct_end(c);
}

static void print_semid_ds(show_call *c, const void *data, int set)
{
	const struct k_semid_ds *d = data;
	show_struct_begin(c);
	ipc_perm(c, "sem_perm", &d->perm, set);
	if (!set) {
		dec_field_u(c, "sem_otime", (uint64_t)d->otime);
		dec_field_u(c, "sem_ctime", (uint64_t)d->ctime);
		dec_field_u(c, "sem_nsems", d->nsems);
	}
	show_struct_end(c);
}

/* The *info structs: their fields in order, all printed as numbers. */
static void print_msginfo(show_call *c, const void *data, int set)
{
	(void)set;
	const struct k_msginfo *m = data;
	show_struct_begin(c);
	show_field(c, "msgpool");
	show_int(c, m->msgpool);
	dec_field_d(c, "msgmap", m->msgmap);
	dec_field_d(c, "msgmax", m->msgmax);
	dec_field_d(c, "msgmnb", m->msgmnb);
	dec_field_d(c, "msgmni", m->msgmni);
	dec_field_d(c, "msgssz", m->msgssz);
	dec_field_d(c, "msgtql", m->msgtql);
	dec_field_u(c, "msgseg", m->msgseg);
	show_struct_end(c);
}

static void print_shminfo(show_call *c, const void *data, int set)
{
	(void)set;
	const struct k_shminfo *m = data;
	show_struct_begin(c);
	show_field(c, "shmmax");
	show_uint(c, m->shmmax);
	dec_field_u(c, "shmmin", m->shmmin);
	dec_field_u(c, "shmmni", m->shmmni);
	dec_field_u(c, "shmseg", m->shmseg);
	dec_field_u(c, "shmall", m->shmall);
	show_struct_end(c);
}

static void print_shm_info(show_call *c, const void *data, int set)
{
	(void)set;
	const struct k_shm_info *m = data;
	show_struct_begin(c);
	show_field(c, "used_ids");
	show_int(c, m->used_ids);
	dec_field_u(c, "shm_tot", m->shm_tot);
	dec_field_u(c, "shm_rss", m->shm_rss);
	dec_field_u(c, "shm_swp", m->shm_swp);
	dec_field_u(c, "swap_attempts", m->swap_attempts);
	dec_field_u(c, "swap_successes", m->swap_successes);
	show_struct_end(c);
}

static void print_seminfo(show_call *c, const void *data, int set)
{
	(void)set;
	const struct k_seminfo *m = data;
	static const char *const names[] = { "semmap", "semmni", "semmns", "semmnu", "semmsl",
					     "semopm", "semume", "semusz", "semvmx", "semaem" };
	const int32_t v[] = { m->semmap, m->semmni, m->semmns, m->semmnu, m->semmsl,
			      m->semopm, m->semume, m->semusz, m->semvmx, m->semaem };
	show_struct_begin(c);
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (i)
			show_struct_next(c);
		show_field(c, names[i]);
		show_int(c, v[i]);
	}
	show_struct_end(c);
}

/* Which struct a *ctl command's pointer designates: the syscall table's
 * shape for the command (format/syscall_shapes.c) gives its size and
 * whether it is read at entry (IPC_SET) or written at exit. */
struct ipc_struct {
	size_t size;
	void (*print)(show_call *c, const void *data, int set);
};

static const struct ipc_struct msgctl_structs[] = {
	{ sizeof(struct k_msqid_ds), print_msqid_ds },
	{ sizeof(struct k_msginfo), print_msginfo },
};

static const struct ipc_struct shmctl_structs[] = {
	{ sizeof(struct k_shmid_ds), print_shmid_ds },
	{ sizeof(struct k_shminfo), print_shminfo },
	{ sizeof(struct k_shm_info), print_shm_info },
};

static const struct ipc_struct semctl_structs[] = {
	{ sizeof(struct k_semid_ds), print_semid_ds },
	{ sizeof(struct k_seminfo), print_seminfo },
};

#define IPC_STRUCTS(a) a, sizeof a / sizeof a[0]

/* The command's struct argument ARG: at entry for IPC_SET, at exit for the
 * others (0 at entry: call again at exit); a command without one, or memory
 * that was not captured, prints the register (NULL or the address). */
static int ipc_ctl_arg(show_call *c, unsigned arg, const struct ipc_struct *kinds, size_t n)
{
	const struct sc_arg *a = &show_raw(c)->shape[arg];
	const struct ipc_struct *k = NULL;
	for (size_t i = 0; i < n && a->mem == SC_M_STRUCT; i++)
		if (kinds[i].size == a->n)
			k = &kinds[i];
	int at_exit = k && a->when == SC_W_EXIT;
	if (show_entering(c) && at_exit)
		return 0;
	uint8_t buf[sizeof(struct k_msqid_ds)];
	if (!k)
		show_addr(c, show_arg(c, arg));
	else if (show_fetch_or_addr(c, arg, 0, at_exit, buf, k->size) == 0)
		k->print(c, buf, !at_exit);
	return show_entering(c) ? SHOW_DECODED : 0;
}

/* shmctl(0, IPC_STAT, {shm_perm={...}, ...}) */
static int dec_shmctl(show_call *c)
{
	if (show_entering(c)) {
		show_int(c, (int32_t)show_arg(c, 0));
		show_arg_next(c);
		ipc_cmd(c, &xlat_shmctl_flags, (uint32_t)show_arg(c, 1), "SHM_???");
		show_arg_next(c);
	}
	return ipc_ctl_arg(c, 2, IPC_STRUCTS(shmctl_structs));
}

/* msgctl(0, IPC_STAT, {msg_perm={...}, ...}) */
static int dec_msgctl(show_call *c)
{
	if (show_entering(c)) {
		show_int(c, (int32_t)show_arg(c, 0));
		show_arg_next(c);
		ipc_cmd(c, &xlat_msgctl_flags, (uint32_t)show_arg(c, 1), "MSG_???");
		show_arg_next(c);
	}
	return ipc_ctl_arg(c, 2, IPC_STRUCTS(msgctl_structs));
}

/* semctl(0, 0, IPC_STAT, {sem_perm={...}, ...}); SETALL/GETALL's array is
 * an address in strace too */
static int dec_semctl(show_call *c)
{
	if (show_entering(c)) {
		show_int(c, (int32_t)show_arg(c, 0));
		show_arg_next(c);
		show_int(c, (int32_t)show_arg(c, 1));
		show_arg_next(c);
		ipc_cmd(c, &xlat_semctl_flags, (uint32_t)show_arg(c, 2), "SEM_???");
		show_arg_next(c);
	}
	return ipc_ctl_arg(c, 3, IPC_STRUCTS(semctl_structs));
}

struct k_sembuf {
	uint16_t sem_num;
	int16_t sem_op;
	int16_t sem_flg;
};

/* {sem_num=0, sem_op=1, sem_flg=IPC_NOWAIT} */
static void sembuf_elem(show_call *c, const void *elem, void *opaque)
{
	(void)opaque;
	struct k_sembuf s;
	memcpy(&s, elem, sizeof(s));
	show_struct_begin(c);
	show_field(c, "sem_num");
	show_uint(c, s.sem_num);
	show_struct_next(c);
	show_field(c, "sem_op");
	show_int(c, s.sem_op);
	show_struct_next(c);
	show_field(c, "sem_flg");
	dec_flags(c, &xlat_semop_flags, (uint16_t)s.sem_flg, "SEM_???");
	show_struct_end(c);
}

/* semop(0, [{sem_num=0, sem_op=1, sem_flg=IPC_NOWAIT}], 1): as many as
 * the next argument says. */
static void sembufs(show_call *c, unsigned arg)
{
	uint64_t n = show_arg(c, arg + 1);
	const struct replay_blob *b = show_blob(c, arg, 0, 0);
	if (!show_arg(c, arg) || !b || b->read_errno || !b->data) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	size_t k = b->len / sizeof(struct k_sembuf);
	if (k > n)
		k = (size_t)n;
	show_array(c, b->data, k, sizeof(struct k_sembuf), sembuf_elem, NULL);
}

/* {mtype=7, mtext="hello"}: a SysV message, LEN bytes of mtext, cut at -s;
 * the address when it was not captured (a failed msgrcv, unreadable). */
static void msgbuf(show_call *c, unsigned arg, int at_exit, uint64_t len)
{
	const struct replay_blob *b = show_blob(c, arg, 0, at_exit);
	int64_t mtype;
	if (!b || b->read_errno || !b->data || b->len < sizeof mtype) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	memcpy(&mtype, b->data, sizeof mtype);
	size_t n = b->len - sizeof mtype;
	if (n > len)
		n = (size_t)len;
	show_struct_begin(c);
	show_field(c, "mtype");
	show_int(c, mtype);
	show_struct_next(c);
	show_field(c, "mtext");
	show_quoted(c, b->data + sizeof mtype, n, n < len && n < show_strsize(c) ? SHOW_Q_ELLIPSIS : 0);
	show_struct_end(c);
}

/* msgsnd(0, {mtype=1, mtext="hello"}, 5, IPC_NOWAIT): msgsz bytes. */
static void msgbuf_in(show_call *c, unsigned arg)
{
	msgbuf(c, arg, 0, show_arg(c, arg + 1));
}

/* msgrcv(0, {mtype=1, mtext="hello"}, 16, 0, IPC_NOWAIT): the message at
 * exit, msgsz bytes of it as strace does. */
static void msgbuf_out(show_call *c, unsigned arg)
{
	msgbuf(c, arg, 1, show_arg(c, arg + 1));
}

/* ---- POSIX message queues (strace's mq.c) ---------------------------------- */

struct k_mq_attr {
	int64_t mq_flags, mq_maxmsg, mq_msgsize, mq_curmsgs, reserved[4];
};

#define O_CREAT_ 0100

/* {mq_flags=O_NONBLOCK, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}: strace
 * names mq_flags only where the caller sets them (mq_getsetattr's new
 * attributes), else prints them in hex. The address when not captured. */
static void mq_attr(show_call *c, const struct k_mq_attr *ap, int name_flags)
{
	struct k_mq_attr a = *ap;
	show_struct_begin(c);
	show_field(c, "mq_flags");
	if (name_flags)
		dec_flags(c, &xlat_mq_attr_flags, (uint64_t)a.mq_flags, "O_???");
	else
		show_hex(c, (uint64_t)a.mq_flags);
	show_struct_next(c);
	show_field(c, "mq_maxmsg");
	show_int(c, a.mq_maxmsg);
	show_struct_next(c);
	show_field(c, "mq_msgsize");
	show_int(c, a.mq_msgsize);
	show_struct_next(c);
	show_field(c, "mq_curmsgs");
	show_int(c, a.mq_curmsgs);
	show_struct_end(c);
}

/* mq_open("q", O_RDWR|O_CREAT|O_EXCL, 0600, {mq_flags=0, ...}) = 3; without
 * O_CREAT only the name and the flags. */
static int dec_mq_open(show_call *c)
{
	uint64_t flags = show_arg(c, 1);
	show_path(c, 0);
	show_arg_next(c);
	dec_open_flags(c, flags);
	if (flags & O_CREAT_) {
		show_arg_next(c);
		dec_umode(c, (uint32_t)show_arg(c, 2));
		show_arg_next(c);
		struct k_mq_attr a;
		if (show_fetch_or_addr(c, 3, 0, 0, &a, sizeof(a)) == 0)
			mq_attr(c, &a, 0);
	}
	return SHOW_DECODED | SHOW_RV_FD;
}

/* mq_getsetattr's new attributes, flags named ... */
static void print_mq_attr_new(show_call *c, const void *p)
{
	mq_attr(c, p, 1);
}

/* ... and the old ones, flags in hex. */
static void print_mq_attr_old(show_call *c, const void *p)
{
	mq_attr(c, p, 0);
}

#define A_MSG_FLAGS SHOW_A_FLAGS(xlat_msg_ipc_flags, "MSG_???")

/* futex multiplexes its operations, the *ctl calls their command's struct
 * and mq_open's mode and attributes exist with O_CREAT only; the others
 * are typed arguments in a row: shmget(IPC_PRIVATE, 4096, IPC_CREAT|0600) = 0,
 * shmat(0, NULL, SHM_RDONLY) = 0x7f..., semop(0, [...], 1),
 * mq_timedsend(3, "message", 7, 3, {tv_sec=0, tv_nsec=0}),
 * mq_timedreceive(3, "message", 64, [3], {tv_sec=0, tv_nsec=0}) = 7 (after a
 * failure the buffer and the priority are addresses, the timeout, an input,
 * is still decoded), futex_waitv(NULL, 0, 0, NULL, CLOCK_REALTIME) (the
 * waiters print as their address here) ... */
const struct show_decoder show_decoders_ipc[] = {
	{ "mq_open", .decode = dec_mq_open },
	{ "futex", .decode = dec_futex },
	{ "shmctl", .decode = dec_shmctl },
	{ "msgctl", .decode = dec_msgctl },
	{ "semctl", .decode = dec_semctl },
	{ "futex_waitv", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_UINT, SHOW_A_HEX, DEC_A_TIMESPEC,
					   SHOW_A_ENUM(xlat_clocknames, "CLOCK_???")) },
	{ "mq_timedsend", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_TABLE, SHOW_A_ULONG, SHOW_A_UINT,
					    DEC_A_TIMESPEC) },
	{ "mq_timedreceive", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_TABLE, SHOW_A_ULONG, DEC_A_UINT_PTR,
					       DEC_A_TIMESPEC) },
	{ "mq_getsetattr", .args = SHOW_ARGS(SHOW_A_FD,
					     SHOW_A_STRUCT(print_mq_attr_new, sizeof(struct k_mq_attr)),
					     SHOW_A_STRUCT(print_mq_attr_old, sizeof(struct k_mq_attr))) },
	{ "shmget", .args = SHOW_ARGS(SHOW_A_PRINT(ipc_key_arg), SHOW_A_ULONG, SHOW_A_PRINT(shm_flags_arg)),
	  .rv = SHOW_RV_DEC },
	{ "semget", .args = SHOW_ARGS(SHOW_A_PRINT(ipc_key_arg), SHOW_A_INT, SHOW_A_PRINT(ipc_flags_arg)),
	  .rv = SHOW_RV_DEC },
	{ "msgget", .args = SHOW_ARGS(SHOW_A_PRINT(ipc_key_arg), SHOW_A_PRINT(ipc_flags_arg)),
	  .rv = SHOW_RV_DEC },
	{ "shmat", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_ADDR,
				     SHOW_A_FLAGS(xlat_shm_resource_flags, "SHM_???")),
	  .rv = SHOW_RV_ADDR },
	{ "semop", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(sembufs), SHOW_A_ULONG) },
	{ "semtimedop", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(sembufs), SHOW_A_ULONG,
					  DEC_A_TIMESPEC) },
	{ "msgsnd", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(msgbuf_in), SHOW_A_ULONG, A_MSG_FLAGS) },
	{ "msgrcv", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(msgbuf_out), SHOW_A_ULONG, SHOW_A_LONG,
				      A_MSG_FLAGS) },
	{ 0 },
};
