/**
 * First names common in international news that the English name lists (`../data/first-names.ts`)
 * lack: Slavic, Arabic, Persian, Turkish, Chinese, Indian and other transliterated names.
 * Also a few common English names the Moby list lacks (Donald, Walter). Hand-compiled from
 * wire-style usage.
 */
export const WORLD_FIRST_NAMES: readonly string[] = [
  'Dmitry', 'Dmitri', 'Dmytro', 'Sergei', 'Sergey', 'Serhiy', 'Yuri', 'Yury', 'Yuriy', 'Vladimir', 'Volodymyr',
  'Kirill', 'Kyrylo', 'Andrei', 'Andriy', 'Alexei', 'Alexey', 'Oleksiy', 'Oleksandr', 'Alexander', 'Mikhail',
  'Mykhailo', 'Nikolai', 'Mykola', 'Vasily', 'Igor', 'Ihor', 'Oleg', 'Anatoly', 'Viktor', 'Yevgeny', 'Evgeny',
  'Yevgeniy', 'Valery', 'Valeriy', 'Gennady', 'Pavel', 'Pavlo', 'Maxim', 'Maksym', 'Denis', 'Denys', 'Ruslan',
  'Rustem', 'Ramzan', 'Petro', 'Arseniy', 'Vitali', 'Vitaly', 'Vitaliy', 'Leonid', 'Boris', 'Grigory', 'Maria',
  'Olena', 'Yulia', 'Yuliia', 'Tatiana', 'Tatyana', 'Svetlana', 'Valentina', 'Elvira', 'Iryna', 'Irina', 'Natalia',
  'Natalya', 'Olga', 'Ekaterina', 'Yekaterina', 'Anastasia', 'Lyudmila', 'Alla', 'Oksana', 'Kaja', 'Mohammed',
  'Mohammad', 'Muhammad', 'Mohamed', 'Ahmed', 'Ahmad', 'Ali', 'Hassan', 'Hussein', 'Hossein', 'Abdullah', 'Abdel',
  'Abdul', 'Abbas', 'Bashar', 'Recep', 'Tayyip', 'Hakan', 'Mevlut', 'Ebrahim', 'Masoud', 'Mahmoud', 'Javad',
  'Benjamin', 'Yair', 'Naftali', 'Yoav', 'Isaac', 'Khalid', 'Faisal', 'Salman', 'Tamim', 'Yahya', 'Ismail',
  'Emmanuel', 'Olaf', 'Friedrich', 'Ursula', 'Aleksandar', 'Xi', 'Jinping', 'Wang', 'Li', 'Zhang', 'Narendra',
  'Subrahmanyam', 'Shehbaz', 'Imran', 'Fumio', 'Shigeru', 'Sanae', 'Kim', 'Yoon', 'Lula', 'Javier', 'Nicolas',
  'Gustavo', 'Claudia', 'Andres', 'Luiz', 'Inacio', 'Giorgia', 'Keir', 'Rishi', 'Kamala', 'Marco', 'Pete', 'Tulsi',
  'Kash', 'JD', 'Volker', 'Antonio', 'Mark', 'Jens', 'Rafael', 'Josep', 'Teodoro', 'Cyril', 'Bola', 'Abiy', 'Paul',
  'Yoweri', 'Felix', 'Ilham', 'Nikol', 'Kassym', 'Jomart', 'Shavkat', 'Pedro', 'Lars', 'Ulf', 'Mette', 'Alexis',
  'Kyriakos', 'Donald', 'Walter', 'Barack', 'Elon', 'Satya', 'Sundar', 'Ivanka', 'Hunter', 'Melania', 'Jared',
];
